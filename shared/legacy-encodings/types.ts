/** Legacy 8-bit Vietnamese encodings; 'tcvn3-caps' = TCVN3 in a capitals-only ".VnXxxH" font. */
export type LegacyEncoding = 'tcvn3' | 'tcvn3-caps' | 'vni';

export interface LegacyDetection {
  /** null when the text does not look like legacy-encoded Vietnamese. */
  encoding: 'tcvn3' | 'vni' | null;
  /** 0–1; when encoding is null, the score of the best (rejected) candidate. */
  confidence: number;
}
