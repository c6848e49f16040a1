export { svgToString, viewBoxSize } from './svg-to-string.ts';
export { svgToPngBlob } from './svg-to-png.ts';
export { downloadBlob, downloadText } from './download.ts';
export { csvFromRows, csvField, guardFormula, type CsvCell } from './csv.ts';
