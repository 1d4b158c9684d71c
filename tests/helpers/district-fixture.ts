// A district committee's plan and a province directory with the units under each district, written
// for the tests (CSV text and a real .docx through the docx package).
import { Document, Packer, Paragraph, TextRun } from 'docx';

/** A province directory before 07/2025: two districts with the units under them, and the province's own bodies. */
export const PROVINCE_DIRECTORY = [
  'Mã,Tên đơn vị,Loại,Tên gọi khác,Trực thuộc',
  'HUIALY,Huyện ủy Ia Ly,Huyện ủy,HU Ia Ly,',
  'HUCHUSE,Huyện ủy Chư Sê,Huyện ủy,,',
  'XIAMO,Đảng ủy xã Ia Mơ,Đảng ủy xã,,Huyện ủy Ia Ly',
  'TTIALY,Đảng ủy thị trấn Ia Ly,Đảng ủy thị trấn,,HUIALY',
  'CBTHPT,Chi bộ Trường THPT Ia Ly,Chi bộ cơ sở,,HUIALY',
  'DBCAH,Đảng bộ Công an huyện Ia Ly,Đảng bộ cơ sở,,HUIALY',
  'BTGIALY,Ban Tuyên giáo Huyện ủy Ia Ly,Cơ quan tham mưu giúp việc Huyện ủy,,HUIALY',
  'XCHUSE,Đảng ủy xã Ia Blang,Đảng ủy xã,,HUCHUSE',
  'CBCHUSE,Chi bộ Bệnh viện Chư Sê,Chi bộ cơ sở,,HUCHUSE',
  'BTGCHUSE,Ban Tuyên giáo Huyện ủy Chư Sê,Cơ quan tham mưu giúp việc Huyện ủy,,HUCHUSE',
  'DUK,Đảng ủy Khối các cơ quan tỉnh,Đảng ủy trực thuộc Tỉnh ủy,ĐUK,',
  'BTC,Ban Tổ chức Tỉnh ủy,"Cơ quan tham mưu, giúp việc Tỉnh ủy",,',
].join('\n');

/** The Huyện ủy Ia Ly's plan as a Word document: a Ban's section with a closing deadline, and a group "trực thuộc Huyện ủy". */
export async function districtPlan(): Promise<Buffer> {
  const p = (text: string, bold = false) => new Paragraph({ children: [new TextRun({ text, bold })] });
  const doc = new Document({
    sections: [
      {
        children: [
          p('ĐẢNG BỘ TỈNH GIA LAI'),
          p('HUYỆN ỦY IA LY'),
          p('*'),
          p('Số 34-KH/HU'),
          p('ĐẢNG CỘNG SẢN VIỆT NAM'),
          p('Ia Ly, ngày 02 tháng 4 năm 2025'),
          p('KẾ HOẠCH', true),
          p('tổ chức các hoạt động kỷ niệm 135 năm Ngày sinh Chủ tịch Hồ Chí Minh', true),
          p('I. NHIỆM VỤ', true),
          p('1. Ban Tuyên giáo Huyện ủy:', true),
          p('- Hướng dẫn nội dung tuyên truyền.'),
          p('- Tổng hợp kết quả, báo cáo Ban Thường vụ Huyện ủy.'),
          p('Thời gian hoàn thành: trong tháng 5/2025.'),
          p('II. TỔ CHỨC THỰC HIỆN', true),
          p('1. Các tổ chức cơ sở đảng trực thuộc Huyện ủy căn cứ Kế hoạch này xây dựng kế hoạch thực hiện, báo cáo kết quả về Ban Tuyên giáo Huyện ủy trước ngày 30/5/2025.'),
          p('Nơi nhận:'),
          p('- Các tổ chức cơ sở đảng,'),
          p('- Lưu Văn phòng Huyện ủy.'),
          p('T/M BAN THƯỜNG VỤ'),
          p('BÍ THƯ'),
          p('Nguyễn Văn Lâm'),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
