import { describe, expect, it } from 'vitest';
import { encodingFromFontName } from '../../../shared/legacy-encodings';

describe('encodingFromFontName', () => {
  it.each([
    ['.VnTime', 'tcvn3'],
    ['.VnArial', 'tcvn3'],
    ['.VnArial Narrow', 'tcvn3'],
    ['.VnCentury Schoolbook', 'tcvn3'],
    ['.vntime', 'tcvn3'],
    ['VnTime', 'tcvn3'],
    ['.VnTime Bold', 'tcvn3'],
    ['.VnTimeH', 'tcvn3-caps'],
    ['.VnArialH', 'tcvn3-caps'],
    ['.VnArial NarrowH', 'tcvn3-caps'],
    ['.VnBlackH', 'tcvn3-caps'],
    ["'.VnTimeH', serif", 'tcvn3-caps'],
    ['VNI-Times', 'vni'],
    ['VNI-Helve', 'vni'],
    ['VNI-Helve-Condense', 'vni'],
    ['VNI Times', 'vni'],
    ['"VNI-Times", serif', 'vni'],
  ] as const)('%s → %s', (font, expected) => {
    expect(encodingFromFontName(font)).toBe(expected);
  });

  it.each(['Times New Roman', 'Arial', 'Calibri', 'Cambria Math', 'Vninja', 'Helvetica', '', '   '])('%s → null', (font) => {
    expect(encodingFromFontName(font)).toBeNull();
  });

  it('handles missing fonts', () => {
    expect(encodingFromFontName(null)).toBeNull();
    expect(encodingFromFontName(undefined)).toBeNull();
  });
});
