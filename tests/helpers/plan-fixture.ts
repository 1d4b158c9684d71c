// A small hand-written plan, independent of the extractor, for pipeline tests.
import type { PlanDraft } from '../../shared/domain';

export function samplePlanDraft(): PlanDraft {
  return {
    docType: 'Kế hoạch',
    number: '31-KH/BTGTU',
    place: 'Bình Dương',
    issuedDate: '2019-07-08',
    issuer: 'BAN TUYÊN GIÁO',
    superiorIssuer: 'TỈNH ỦY BÌNH DƯƠNG',
    title: 'Tuyên truyền Chỉ thị số 32-CT/TW của Bộ Chính trị',
    cites: ['Chỉ thị số 32-CT/TW, ngày 18/02/2019'],
    recipients: ['Thường trực Tỉnh ủy'],
    signer: 'K/T TRƯỞNG BAN PHÓ TRƯỞNG BAN',
    sourceText: '',
    items: [
      { code: 'III', parentCode: null, level: 0, kind: 'section', text: 'TỔ CHỨC THỰC HIỆN', assignees: [], deadline: null, flags: [] },
      {
        code: 'III.2.4',
        parentCode: 'III',
        level: 1,
        kind: 'task',
        text: 'Các huyện, thị, thành ủy xây dựng kế hoạch tuyên truyền',
        assignees: [{ label: 'Các Huyện, Thị, Thành ủy', unitCode: null, unitKinds: ['huyen-uy'] }],
        deadline: { text: 'quý III năm 2019', date: '2019-09-30', recurrence: 'once' },
        flags: [],
      },
      {
        code: 'III.2.5',
        parentCode: 'III',
        level: 1,
        kind: 'task',
        text: 'Các cơ quan thông tin đại chúng mở chuyên trang, chuyên mục',
        assignees: [{ label: 'Các cơ quan thông tin đại chúng của Tỉnh', unitCode: null, unitKinds: ['bao-chi'] }],
        deadline: null,
        flags: [],
      },
      {
        code: 'III.2.2',
        parentCode: 'III',
        level: 1,
        kind: 'task',
        text: 'Ban cán sự Đảng Ủy ban Nhân dân Tỉnh chỉ đạo các sở, ngành',
        assignees: [{ label: 'Ban cán sự Đảng Ủy ban Nhân dân Tỉnh', unitCode: null, unitKinds: ['dang-doan-bcs'] }],
        deadline: null,
        flags: [],
      },
    ],
    rounds: [{ label: '6 tháng đầu năm 2019', periodFrom: '2019-01-01', periodTo: '2019-06-30', dueDate: '2019-07-15' }],
    indicators: [
      { key: 'hoi_nghi', name: 'Số hội nghị quán triệt', measure: 'hội nghị', synonyms: ['hội nghị'] },
      { key: 'tin_bai', name: 'Số tin, bài', measure: 'tin, bài', synonyms: ['tin bài'] },
    ],
  };
}
