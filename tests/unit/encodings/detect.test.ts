import { describe, expect, it } from 'vitest';
import { DETECTION_THRESHOLD, detectLegacyEncoding, unicodeToTcvn3, unicodeToVni } from '../../../shared/legacy-encodings';

const SHY = '\u00ad';

const UNICODE_VI =
  'Thực hiện Nghị quyết số 12-NQ/TU ngày 15 tháng 3 năm 2023 của Ban Thường vụ Tỉnh ủy, ' +
  'Đảng bộ huyện đã lãnh đạo hoàn thành các chỉ tiêu: tỷ lệ đảng viên được xếp loại hoàn thành tốt nhiệm vụ đạt 92%; ' +
  'kết nạp 45 đảng viên mới; công tác kiểm tra, giám sát được tăng cường. Báo cáo này gửi Thường trực Huyện ủy.';

describe('detectLegacyEncoding', () => {
  it('detects real TCVN3 text with high confidence', () => {
    const r = detectLegacyEncoding(`Céng hoµ x· héi chñ nghÜa ViÖt Nam\n§éc lËp - Tù do - H¹nh phóc\nB¸o c¸o kÕt qu¶ c«ng t¸c th¸ng 5 n¨m 2004 cña Ban Th${SHY}êng vô HuyÖn ñy`);
    expect(r.encoding).toBe('tcvn3');
    expect(r.confidence).toBeGreaterThanOrEqual(0.8);
  });

  it('detects real VNI text with high confidence', () => {
    const r = detectLegacyEncoding('Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam\nÑoäc laäp - Töï do - Haïnh phuùc\nBaùo caùo keát quaû coâng taùc thaùng 5 naêm 2004 cuûa Ban Thöôøng vuï Huyeän uûy');
    expect(r.encoding).toBe('vni');
    expect(r.confidence).toBeGreaterThanOrEqual(0.8);
  });

  it('detects whole encoded paragraphs, including the cp1252 view and all-caps headings', () => {
    expect(detectLegacyEncoding(unicodeToTcvn3(UNICODE_VI)).encoding).toBe('tcvn3');
    expect(detectLegacyEncoding(unicodeToTcvn3(UNICODE_VI, { cp1252: true })).encoding).toBe('tcvn3');
    expect(detectLegacyEncoding(unicodeToVni(UNICODE_VI)).encoding).toBe('vni');
    expect(detectLegacyEncoding(unicodeToTcvn3('BÁO CÁO KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT')).encoding).toBe('tcvn3');
    expect(detectLegacyEncoding(unicodeToVni('BÁO CÁO KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT')).encoding).toBe('vni');
    expect(detectLegacyEncoding(unicodeToTcvn3('Báo cáo tháng')).encoding).toBe('tcvn3');
  });

  it('does not flag Unicode Vietnamese (NFC or NFD)', () => {
    for (const text of [UNICODE_VI, UNICODE_VI.normalize('NFD'), 'Có và là cà phê, hoá đơn, khoá học', 'Báo cáo tháng', 'Hòa bình, hoà bình, hoá học']) {
      const r = detectLegacyEncoding(text);
      expect(r.encoding, text).toBeNull();
      expect(r.confidence, text).toBeLessThan(0.3);
    }
  });

  it('does not flag English, French or numbers', () => {
    const texts = [
      'The committee’s quarterly report was “approved” on 12 March — see the appendix.',
      'Le comité a approuvé le rapport : « où en est la réforme ? » Très bien, à bientôt, Noël, naïf, déjà été.',
      'Ça va être difficile : l’élève a reçu un prix à Besançon; où est-il allé ? Là-bas, près du château.',
      'Die Größe der Häuser ist schön, München, Übersicht, für über Bücher. Die Mädchen können hören.',
      'El año pasado en España, la niña comió piña; ¿dónde está el señor? Mañana sí.',
      '12 345 678,90 — 2024-05-01 — 45% — 3.14 • … “” « »',
      '',
    ];
    for (const text of texts) {
      const r = detectLegacyEncoding(text);
      expect(r.encoding, text).toBeNull();
      expect(r.confidence, text).toBeLessThan(0.3);
    }
  });

  it('counts words written only in legacy codes (§Ò = Đề)', () => {
    expect(detectLegacyEncoding('§Ò ¸n c«ng t¸c').encoding).toBe('tcvn3');
  });

  it('needs more than one word', () => {
    expect(detectLegacyEncoding('th¸ng').confidence).toBeLessThan(DETECTION_THRESHOLD);
    expect(detectLegacyEncoding('où').encoding).toBeNull();
  });
});
