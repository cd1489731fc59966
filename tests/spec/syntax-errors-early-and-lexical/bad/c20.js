const r = /(?<n>a)(?<n>b)/;
