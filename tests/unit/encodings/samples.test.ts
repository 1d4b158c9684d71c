// Real-world strings as they appear in old reports, hand-checked against the TCVN 5712 and
// VNI Windows charts (not derived from the module's tables).
import { describe, expect, it } from 'vitest';
import { convertLegacy, tcvn3ToUnicode, unicodeToTcvn3, unicodeToVni, vniToUnicode } from '../../../shared/legacy-encodings';

const SHY = '\u00ad'; // TCVN3 "ư"

const TCVN3_SAMPLES: readonly [string, string][] = [
  ['Céng hoµ x· héi chñ nghÜa ViÖt Nam', 'Cộng hoà xã hội chủ nghĩa Việt Nam'],
  ['§éc lËp - Tù do - H¹nh phóc', 'Độc lập - Tự do - Hạnh phúc'],
  ['§¶ng Céng s¶n ViÖt Nam', 'Đảng Cộng sản Việt Nam'],
  ['HuyÖn ñy', 'Huyện ủy'],
  ['B¸o c¸o', 'Báo cáo'],
  ['th¸ng', 'tháng'],
  ['n¨m', 'năm'],
  [`ng${SHY}êi`, 'người'],
  [`Ban Th${SHY}êng vô HuyÖn ñy`, 'Ban Thường vụ Huyện ủy'],
  [`KÕt qu¶ thùc hiÖn NghÞ quyÕt sè 12 cña Ban ChÊp hµnh §¶ng bé`, 'Kết quả thực hiện Nghị quyết số 12 của Ban Chấp hành Đảng bộ'],
  [`Tû lÖ ®¶ng viªn ®${SHY}îc xÕp lo¹i`, 'Tỷ lệ đảng viên được xếp loại'],
];

const VNI_SAMPLES: readonly [string, string][] = [
  ['Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam', 'Cộng hòa xã hội chủ nghĩa Việt Nam'],
  ['Ñoäc laäp - Töï do - Haïnh phuùc', 'Độc lập - Tự do - Hạnh phúc'],
  ['Ñaûng Coäng saûn Vieät Nam', 'Đảng Cộng sản Việt Nam'],
  ['Huyeän uûy', 'Huyện ủy'],
  ['Baùo caùo', 'Báo cáo'],
  ['thaùng', 'tháng'],
  ['naêm', 'năm'],
  ['ngöôøi', 'người'],
  ['Ban Thöôøng vuï Huyeän uûy', 'Ban Thường vụ Huyện ủy'],
  ['Keát quaû thöïc hieän Nghò quyeát soá 12 cuûa Ban Chaáp haønh Ñaûng boä', 'Kết quả thực hiện Nghị quyết số 12 của Ban Chấp hành Đảng bộ'],
  ['Tyû leä ñaûng vieân ñöôïc xeáp loaïi', 'Tỷ lệ đảng viên được xếp loại'],
  ['COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
  ['BAÙO CAÙO KEÁT QUAÛ', 'BÁO CÁO KẾT QUẢ'],
  ['ÑAÛNG BOÄ TÆNH', 'ĐẢNG BỘ TỈNH'],
];

describe('TCVN3 real-world strings', () => {
  it.each(TCVN3_SAMPLES)('%s', (legacy, unicode) => {
    expect(tcvn3ToUnicode(legacy)).toBe(unicode);
    expect(unicodeToTcvn3(unicode)).toBe(legacy);
    expect(convertLegacy(legacy, 'tcvn3')).toBe(unicode);
  });

  it('keeps the soft hyphen as "ư" (never stripped)', () => {
    expect(tcvn3ToUnicode(`n${SHY}íc`)).toBe('nước');
    expect(unicodeToTcvn3('nước')).toBe(`n${SHY}íc`);
  });

  it('decodes capitals from 0x80–0x9F both raw and as cp1252 decoded them', () => {
    expect(tcvn3ToUnicode('B\u0083O C\u0083O')).toBe('BÁO CÁO');
    expect(tcvn3ToUnicode('BƒO CƒO')).toBe('BÁO CÁO');
    expect(tcvn3ToUnicode('H\u0092A')).toBe('HÒA');
    expect(tcvn3ToUnicode('H\u2019A')).toBe('HÒA');
    expect(tcvn3ToUnicode('TH\u2014I')).toBe('THỘI');
    expect(unicodeToTcvn3('HÒA', { cp1252: true })).toBe('H\u2019A');
    expect(unicodeToTcvn3('HÒA')).toBe('H\u0092A');
  });

  it('reads capitals-only (.VnTimeH) text as capitals', () => {
    expect(tcvn3ToUnicode('b¸o c¸o kÕt qu¶', { capitalsOnly: true })).toBe('BÁO CÁO KẾT QUẢ');
    expect(tcvn3ToUnicode('®¶ng bé huyÖn', { capitalsOnly: true })).toBe('ĐẢNG BỘ HUYỆN');
    expect(tcvn3ToUnicode(`tû lÖ ®${SHY}îc`, { capitalsOnly: true })).toBe('TỶ LỆ ĐƯỢC');
    expect(convertLegacy('n¨m 2005', 'tcvn3-caps')).toBe('NĂM 2005');
    expect(unicodeToTcvn3('BÁO CÁO', { capitalsOnly: true })).toBe('b¸o c¸o');
  });

  it('passes through text that is not TCVN3 letters and outputs NFC', () => {
    // Unicode letters outside Latin-1 are not TCVN3 codes and survive; Latin-1 ones cannot
    // (0xE0 "à" is the TCVN3 code of "Ổ"), which is why callers decode only legacy runs.
    expect(tcvn3ToUnicode('Số 12-NQ/TU, ngµy 01/02/2003')).toBe('Số 12-NQ/TU, ngày 01/02/2003');
    expect(tcvn3ToUnicode('ngày')).toBe('ngỔy');
    expect(tcvn3ToUnicode('abc 123 😀')).toBe('abc 123 😀');
    expect(tcvn3ToUnicode('Vie\u0323\u0302t')).toBe('Việt');
  });
});

describe('VNI real-world strings', () => {
  it.each(VNI_SAMPLES)('%s', (legacy, unicode) => {
    expect(vniToUnicode(legacy)).toBe(unicode);
    expect(unicodeToVni(unicode)).toBe(legacy);
    expect(convertLegacy(legacy, 'vni')).toBe(unicode);
  });

  it('tolerates a mark in the other case and "yï" for ỵ', () => {
    expect(vniToUnicode('AùO')).toBe('ÁO');
    expect(vniToUnicode('baÙo')).toBe('báo');
    expect(vniToUnicode('kyï')).toBe('kỵ');
  });

  it('passes through non-VNI text', () => {
    expect(vniToUnicode('Report 2024: OK')).toBe('Report 2024: OK');
  });
});

describe('convertLegacy(null)', () => {
  it('only normalises', () => {
    expect(convertLegacy('Vie\u0323\u0302t', null)).toBe('Việt');
  });
});
