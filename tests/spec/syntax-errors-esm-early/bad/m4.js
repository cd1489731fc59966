const PORT = 3000;
export const PORT = 8080;
