export { type CsvCell, csvField, csvFromRows, guardFormula } from './csv.ts';
export { downloadBlob, downloadText } from './download.ts';
export { svgToPngBlob } from './svg-to-png.ts';
export { svgToString, viewBoxSize } from './svg-to-string.ts';
