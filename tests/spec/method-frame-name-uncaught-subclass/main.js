class Exporter {
  export(rows) { return rows.map((r) => this.formatRow(r)).join('\n'); }
  formatRow() { throw new Error(`${this.constructor.name} must implement formatRow()`); }
}
class CsvExporter extends Exporter { formatRow(r) { return r.join(','); } }
class XmlExporter extends Exporter {}
console.log(new CsvExporter().export([[1, 2], [3, 4]]));
console.log(new XmlExporter().export([[1, 2]]));
