// Unit phrases → assignees (label as written, unitKinds for groups, single units by name).
import { describe, expect, it } from 'vitest';
import { findAssignees, headingUnit, parseUnitPhrase } from '../../../electron/core/plans/extract/assignees';

const kinds = (phrase: string): string[][] => parseUnitPhrase(phrase).map((a) => a.unitKinds);

describe('parseUnitPhrase', () => {
  it.each([
    ['Các huyện ủy, thành ủy, đảng ủy trực thuộc', [['huyen-uy', 'dang-uy-truc-thuoc']]],
    ['Các Huyện, Thị, Thành ủy và Đảng bộ trực thuộc Tỉnh ủy', [['huyen-uy', 'dang-uy-truc-thuoc']]],
    ['Cấp ủy các cấp', [['huyen-uy', 'dang-uy-xa', 'co-so', 'dang-uy-truc-thuoc']]],
    ['Các cấp ủy, tổ chức đảng', [['huyen-uy', 'dang-uy-xa', 'co-so', 'dang-uy-truc-thuoc', 'dang-doan-bcs']]],
    ['Ban cán sự đảng UBND tỉnh', [['dang-doan-bcs']]],
    ['Mặt trận Tổ quốc và các đoàn thể', [['mttq-doan-the']]],
    ['Mặt trận Tổ quốc, các đoàn thể nhân dân', [['mttq-doan-the']]],
    ['các cơ quan thông tin đại chúng', [['bao-chi']]],
    ['Các sở, ban, ngành', [['so-nganh']]],
    ['Các đảng ủy xã, phường, đặc khu', [['dang-uy-xa']]],
    ['Các chi, đảng bộ cơ sở', [['dang-uy-xa', 'co-so']]],
    ['Các ban đảng, đảng đoàn, ban cán sự đảng; các huyện ủy, thành ủy, đảng ủy trực thuộc', [['ban-dang', 'dang-doan-bcs'], ['huyen-uy', 'dang-uy-truc-thuoc']]],
    ['Đảng đoàn Mặt trận Tổ quốc tỉnh, các đoàn thể chính trị xã hội', [['dang-doan-bcs'], ['mttq-doan-the']]],
    ['Tỉnh đoàn, Hội Liên hiệp Phụ nữ tỉnh', [['mttq-doan-the'], ['mttq-doan-the']]],
    ['Ban Tuyên giáo và Ban Dân vận Tỉnh ủy', [['ban-dang'], ['ban-dang']]],
    ['Ban Tuyên giáo và Dân vận Tỉnh ủy', [['ban-dang']]],
    ['Sở Văn hóa, Thể thao và Du lịch', [['so-nganh']]],
    ['Báo Bình Dương', [['bao-chi']]],
    ['Ban Chỉ đạo công tác thông tin đối ngoại tỉnh', [[]]],
    // The groups offices name, by family (where in the tree they look is decided against the directory).
    ['Các tổ chức cơ sở đảng trực thuộc Huyện ủy Ia Grông', [['dang-uy-xa', 'co-so']]],
    ['Các chi bộ, đảng bộ cơ sở', [['dang-uy-xa', 'co-so']]],
    ['Các cơ quan tham mưu, giúp việc Tỉnh ủy', [['ban-dang']]],
    ['Các ban đảng', [['ban-dang']]],
    ['Các đảng ủy xã, phường', [['dang-uy-xa']]],
    ['Các huyện, thị, thành ủy', [['huyen-uy']]],
    ['Các đoàn thể chính trị - xã hội', [['mttq-doan-the']]],
    ['Các tổ chức hữu nghị', [['hoi-quan-chung']]],
    ['Các hội quần chúng', [['hoi-quan-chung']]],
    ['Các tổ chức nhân dân', [['mttq-doan-the', 'hoi-quan-chung']]],
    ['Hội Chữ thập đỏ tỉnh', [['hoi-quan-chung']]],
    ['Chi bộ Trường THPT Lê Lợi', [['co-so']]],
    // Two groups: every committee, and the cells; not "the committees of the cells".
    ['Mỗi cấp ủy, chi bộ', [['huyen-uy', 'dang-uy-xa', 'co-so', 'dang-uy-truc-thuoc']]],
  ])('%s', (phrase, want) => {
    expect(kinds(phrase)).toEqual(want);
  });

  it('keeps labels as written, single units unresolved', () => {
    expect(parseUnitPhrase('Ban cán sự đảng UBND tỉnh')).toEqual([{ label: 'Ban cán sự đảng UBND tỉnh', unitCode: null, unitKinds: ['dang-doan-bcs'] }]);
    expect(parseUnitPhrase('Sở Văn hóa, Thể thao và Du lịch')[0]?.label).toBe('Sở Văn hóa, Thể thao và Du lịch');
  });
});

describe('findAssignees', () => {
  it('takes the subject before the verb', () => {
    expect(findAssignees('Các huyện ủy, thành ủy, đảng ủy trực thuộc xây dựng các kế hoạch tuyên truyền.').map((a) => a.label)).toEqual([
      'Các huyện ủy, thành ủy, đảng ủy trực thuộc',
    ]);
    expect(findAssignees('Ban Dân vận Tỉnh ủy chủ trì, phối hợp với Ban cán sự đảng UBND tỉnh, Ban Tổ chức Tỉnh ủy…').map((a) => a.label)).toEqual([
      'Ban Dân vận Tỉnh ủy',
    ]);
  });

  it('does not cut a unit name at a verb inside it', () => {
    expect(findAssignees('Ban Chỉ đạo 35 tỉnh chỉ đạo các đơn vị thành viên.').map((a) => a.label)).toEqual(['Ban Chỉ đạo 35 tỉnh']);
    expect(findAssignees('Ủy ban Kiểm tra Tỉnh ủy kiểm tra việc thực hiện.').map((a) => a.label)).toEqual(['Ủy ban Kiểm tra Tỉnh ủy']);
  });

  it('ends the subject at a verb whose object is "Nhân dân", not only at "tổ chức nhân dân"', () => {
    expect(findAssignees('Ủy ban MTTQ Việt Nam tỉnh và các đoàn thể tỉnh vận động Nhân dân ủng hộ Quỹ "Vì người nghèo".').map((a) => a.label)).toEqual([
      'Ủy ban MTTQ Việt Nam tỉnh và các đoàn thể tỉnh',
    ]);
    expect(findAssignees('Các tổ chức nhân dân phối hợp tuyên truyền.').map((a) => a.label)).toEqual(['Các tổ chức nhân dân']);
  });

  it('reads a group before a semicolon as more of the subject after it', () => {
    expect(findAssignees('Các huyện ủy, thành ủy; Mặt trận Tổ quốc và các đoàn thể tỉnh căn cứ kế hoạch xây dựng chương trình.').map((a) => a.label)).toEqual([
      'Các huyện ủy, thành ủy',
      'Mặt trận Tổ quốc và các đoàn thể tỉnh',
    ]);
  });

  it('ends the subject at the verbs of the press and of commendation', () => {
    expect(findAssignees('Đài Truyền thanh huyện phát sóng các chuyên mục tuyên truyền.').map((a) => a.label)).toEqual(['Đài Truyền thanh huyện']);
    expect(findAssignees('Các huyện ủy biểu dương, khen thưởng tập thể, cá nhân tiêu biểu.').map((a) => a.label)).toEqual(['Các huyện ủy']);
  });

  it('takes "số liệu", "sơ kết" for no Sở', () => {
    expect(findAssignees('Các nhiệm vụ cụ thể theo Phụ lục 1; số liệu báo cáo theo Phụ lục 2.')).toEqual([]);
    expect(kinds('Các sở, ban, ngành')).toEqual([['so-nganh']]);
  });

  it('ends the subject at "tổ chức hội nghị", though "các tổ chức hội" is a name', () => {
    expect(findAssignees('Các huyện ủy, thành ủy tổ chức hội nghị học tập chuyên đề.').map((a) => a.label)).toEqual(['Các huyện ủy, thành ủy']);
  });

  it('follows a request to the units asked', () => {
    expect(findAssignees('Ban Thường vụ Huyện ủy đề nghị các chi, đảng bộ cơ sở tổ chức quán triệt.').map((a) => a.unitKinds)).toEqual([['dang-uy-xa', 'co-so']]);
    expect(findAssignees('Giao Ban Tuyên giáo Tỉnh ủy chủ trì theo dõi.').map((a) => a.label)).toEqual(['Ban Tuyên giáo Tỉnh ủy']);
    expect(findAssignees('Ban Tuyên giáo Tỉnh ủy đề nghị:')).toEqual([]);
  });

  it('reads past a leading "Căn cứ …," and a label', () => {
    expect(findAssignees('Căn cứ Kế hoạch này, các huyện ủy xây dựng kế hoạch cụ thể.').map((a) => a.unitKinds)).toEqual([['huyen-uy']]);
    expect(findAssignees('Chế độ báo cáo: Các địa phương, đơn vị xây dựng báo cáo chuyên đề.').map((a) => a.label)).toEqual(['Các địa phương, đơn vị']);
  });

  it('names nobody when the sentence opens with a verb', () => {
    expect(findAssignees('Đẩy mạnh công tác thông tin, tuyên truyền trên báo chí.')).toEqual([]);
    expect(findAssignees('Tăng cường phối hợp giữa các sở, ban, ngành, Mặt trận Tổ quốc.')).toEqual([]);
    expect(findAssignees('Ban Thường vụ Tỉnh ủy sẽ kiểm tra việc thực hiện.')).toEqual([]);
  });

  it('reads the paragraph under a heading that starts with its verb apart from the heading', () => {
    const text = 'Tổ chức các hoạt động văn hóa, văn nghệ, thể thao\nSở Văn hóa, Thể thao và Du lịch chủ trì tổ chức hội thi, hội diễn văn nghệ; Tỉnh đoàn tổ chức các hoạt động tuổi trẻ.';
    expect(findAssignees(text).map((a) => a.label)).toEqual(['Sở Văn hóa, Thể thao và Du lịch', 'Tỉnh đoàn']);
    // A line broken mid-sentence is no heading: it ends with a joining word, and the name after it is no subject.
    expect(findAssignees('Tăng cường phối hợp với\nBan Tuyên giáo Tỉnh ủy tổ chức tuyên truyền.')).toEqual([]);
  });
});

describe('headingUnit', () => {
  it('reads a unit name heading', () => {
    expect(headingUnit('Ban cán sự Đảng Ủy ban Nhân dân Tỉnh:').map((a) => a.unitKinds)).toEqual([['dang-doan-bcs']]);
    expect(headingUnit('Đối với các huyện ủy, thành ủy: tổ chức quán triệt').map((a) => a.unitKinds)).toEqual([['huyen-uy']]);
    expect(headingUnit('Chế độ báo cáo: định kỳ 6 tháng')).toEqual([]);
    expect(headingUnit('Ban Tuyên giáo Tỉnh ủy đề nghị:')).toEqual([]);
    expect(headingUnit('Ban Tuyên giáo Tỉnh ủy').map((a) => a.label)).toEqual(['Ban Tuyên giáo Tỉnh ủy']);
    expect(headingUnit('Đối với cấp huyện:').map((a) => a.unitKinds)).toEqual([['huyen-uy']]);
    expect(headingUnit('Công tác tuyên truyền')).toEqual([]);
    expect(headingUnit('TỔ CHỨC THỰC HIỆN')).toEqual([]);
    expect(headingUnit('Các nhiệm vụ cụ thể')).toEqual([]);
  });
});

describe('wording from other provinces', () => {
  it('reads the addressee of "Đề nghị Đảng ủy …" and the merged provincial media as one unit', () => {
    expect(findAssignees('Đề nghị Đảng ủy Công an tỉnh, Đảng ủy Quân sự tỉnh căn cứ kế hoạch này triển khai thực hiện.').map((a) => a.label)).toEqual([
      'Đảng ủy Công an tỉnh',
      'Đảng ủy Quân sự tỉnh',
    ]);
    expect(findAssignees('Báo và Phát thanh, Truyền hình Đồng Nai mở chuyên mục.').map((a) => a.label)).toEqual(['Báo và Phát thanh, Truyền hình Đồng Nai']);
  });

  it('reads "Đảng ủy các xã, phường" as the communes only', () => {
    expect(kinds('Đảng ủy các xã, phường')).toEqual([['dang-uy-xa']]);
  });
});
