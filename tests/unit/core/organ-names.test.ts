// Header-case organ names → the form running text uses.
import { describe, expect, it } from 'vitest';
import { issuerInText, organInText } from '../../../shared/organ-names';

describe('issuerInText', () => {
  it.each([
    ['BAN TUYÊN GIÁO', 'TỈNH ỦY BÌNH DƯƠNG', 'Ban Tuyên giáo Tỉnh ủy'],
    ['BAN TUYÊN GIÁO VÀ DÂN VẬN', 'ĐẢNG BỘ TỈNH ĐỒNG NAI', 'Ban Tuyên giáo và Dân vận Tỉnh ủy'],
    ['VĂN PHÒNG TỈNH ỦY', 'TỈNH ỦY AN GIANG', 'Văn phòng Tỉnh ủy'],
    ['ỦY BAN KIỂM TRA', 'HUYỆN ỦY PHÚ GIÁO', 'Ủy ban Kiểm tra Huyện ủy'],
    ['TỈNH ỦY PHÚ YÊN', null, 'Tỉnh ủy Phú Yên'],
    ['BAN THƯỜNG VỤ THÀNH ỦY HÀ NỘI', null, 'Ban Thường vụ Thành ủy Hà Nội'],
    ['Ban Tuyên giáo Tỉnh ủy', 'TỈNH ỦY BÌNH DƯƠNG', 'Ban Tuyên giáo Tỉnh ủy'],
  ])('%s under %s', (issuer, superior, want) => {
    expect(issuerInText(issuer, superior)).toBe(want);
  });

  it('keeps the level word of a Đảng bộ in lower case and the Khối as the organ', () => {
    expect(organInText('ĐẢNG BỘ TỈNH ĐỒNG NAI')).toBe('Đảng bộ tỉnh Đồng Nai');
    expect(organInText('ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH')).toBe('Đảng ủy Khối các cơ quan tỉnh');
  });
});
