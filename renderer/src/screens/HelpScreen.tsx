// Trợ giúp: the weekly workflow and the definitions behind the rates.
import { ScreenHeader } from '../components/ScreenHeader';

export function HelpScreen() {
  return (
    <section className="screen" aria-labelledby="screen-title">
      <ScreenHeader title="Trợ giúp" subtitle="Quy trình tổng hợp báo cáo và cách tính các tỷ lệ." />
      <section className="card prose" aria-labelledby="help-flow">
        <h2 id="help-flow">Quy trình làm việc</h2>
        <ol className="steps">
          <li>
            <strong>Đơn vị</strong> — nhập danh mục các đơn vị phải báo cáo (Excel hoặc CSV), gồm loại đơn vị, đơn vị cấp trên và tên
            gọi khác để phần mềm nhận ra đơn vị trong báo cáo gửi về.
          </li>
          <li>
            <strong>Kế hoạch</strong> — nhập văn bản kế hoạch hoặc tạo mới; kiểm tra các nhiệm vụ, đơn vị thực hiện, thời hạn mà phần mềm
            đọc được (mục có dấu ⚠ cần xem lại), rồi lưu. Kế hoạch đã lưu vẫn sửa được (nút Sửa kế hoạch). Thêm các kỳ báo cáo với hạn
            nộp.
          </li>
          <li>
            <strong>Nhập báo cáo</strong> — tải mẫu báo cáo gửi các đơn vị; khi nhận báo cáo, kéo thả tất cả tệp vào cửa sổ. Báo cáo
            gửi lại sẽ thay thế bản trước (bản cũ vẫn được lưu), tệp trùng được nhận ra. Tệp phần mềm chưa chắc chắn được đưa vào danh
            sách <em>Cần xem lại</em> để anh/chị kiểm tra rồi chấp nhận hoặc bỏ qua.
          </li>
          <li>
            <strong>Đối chiếu</strong> — xem đơn vị chưa báo cáo, trễ hạn, tổng hợp số liệu và tình hình thực hiện từng nhiệm vụ. Khi đã
            gửi báo cáo lên cấp trên, bấm <em>Chốt số liệu</em>: báo cáo đến sau cho kỳ đó sẽ chờ xem lại thay vì tự thay đổi số liệu.
          </li>
          <li>
            <strong>Xuất báo cáo</strong> — xuất báo cáo tổng hợp theo thể thức văn bản của Đảng (PDF).
          </li>
        </ol>
      </section>
      <section className="card prose" aria-labelledby="help-rates">
        <h2 id="help-rates">Cách tính tỷ lệ</h2>
        <dl className="definitions">
          <dt>Tỷ lệ đầy đủ</dt>
          <dd>= số đơn vị đã báo cáo / số đơn vị phải báo cáo.</dd>
          <dt>Tỷ lệ đúng hạn</dt>
          <dd>
            = số đơn vị báo cáo đúng hạn / số đơn vị phải báo cáo. Báo cáo đúng hạn là báo cáo nhận được trước hoặc đúng ngày hạn nộp
            của kỳ báo cáo.
          </dd>
          <dt>Đơn vị phải báo cáo</dt>
          <dd>Các đơn vị được giao ít nhất một nhiệm vụ trong kế hoạch và còn hoạt động trong thời gian của kỳ báo cáo. Nếu một đơn vị gửi nhiều lần, ngày nhận bản đầu tiên được dùng để tính đúng hạn.</dd>
        </dl>
      </section>
      <section className="card prose" aria-labelledby="help-keys">
        <h2 id="help-keys">Mẹo sử dụng</h2>
        <ul>
          <li>Kế hoạch và kỳ báo cáo đã chọn được giữ nguyên khi chuyển giữa các mục.</li>
          <li>Có thể chuyển sang mục khác trong khi đang nhập báo cáo; việc nhập vẫn tiếp tục.</li>
          <li>Ngày tháng nhập theo dạng dd/mm/yyyy, số liệu dùng dấu chấm phân cách hàng nghìn (1.450).</li>
          <li>Dùng phím Tab để di chuyển giữa các nút và ô nhập; Enter hoặc phím cách để bấm nút.</li>
          <li>Mục Cài đặt cho biết nơi lưu dữ liệu, tạo bản sao lưu (một tệp .thbk) và khôi phục từ bản sao lưu.</li>
        </ul>
      </section>
    </section>
  );
}
