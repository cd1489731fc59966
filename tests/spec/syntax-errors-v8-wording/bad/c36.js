label: label: 1
