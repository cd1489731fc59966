const settings = JSON.parse('{"port": 80,}');
export default settings;
