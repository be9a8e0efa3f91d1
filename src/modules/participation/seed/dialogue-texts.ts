/** The demo's online dialogues (SPEC §E3): one held a month ago with its transcript, one scheduled next week. */
export interface DemoDialogueQuestion {
  body: string;
  answer?: string;
  /** Moderation outcome when not answered. */
  status?: "pending" | "approved" | "rejected";
}

export const ENDED_DIALOGUE = {
  slug: "doi-thoai-cai-cach-hanh-chinh-chuyen-doi-so",
  title: "Đối thoại trực tuyến: Cải cách thủ tục hành chính và chuyển đổi số phục vụ người dân, doanh nghiệp",
  description:
    "Lãnh đạo Ủy ban nhân dân tỉnh trực tiếp trả lời câu hỏi của người dân và doanh nghiệp về dịch vụ công trực tuyến, thời hạn giải quyết hồ sơ và chuyển đổi số.",
  unit: "UBND",
  questions: [
    {
      body: "Tỷ lệ hồ sơ dịch vụ công trực tuyến toàn trình của tỉnh hiện nay là bao nhiêu và mục tiêu năm tới thế nào?",
      answer:
        "Tỉnh đã cung cấp phần lớn thủ tục đủ điều kiện dưới dạng dịch vụ công trực tuyến toàn trình. Mục tiêu năm tới là nâng tỷ lệ hồ sơ nộp trực tuyến, tập trung vào các thủ tục có số lượng hồ sơ lớn như hộ tịch, đất đai, đăng ký kinh doanh.",
    },
    {
      body: "Hồ sơ trễ hạn thì người dân có được thông báo và xin lỗi không?",
      answer:
        "Có. Cơ quan để hồ sơ trễ hạn phải gửi văn bản xin lỗi và hẹn lại ngày trả kết quả. Hệ thống của tỉnh cảnh báo hồ sơ sắp đến hạn để cán bộ xử lý kịp thời; tỷ lệ trễ hạn được công khai hằng tháng.",
    },
    {
      body: "Người cao tuổi không dùng điện thoại thông minh thì làm dịch vụ công trực tuyến thế nào?",
      answer:
        "Bộ phận một cửa các cấp bố trí công chức và đoàn viên thanh niên hỗ trợ người dân nộp hồ sơ trực tuyến ngay tại quầy, không thu phí. Người dân vẫn có thể nộp hồ sơ giấy như trước.",
    },
    {
      body: "Doanh nghiệp mất nhiều thời gian chờ ý kiến của các sở khi xin chủ trương đầu tư. Tỉnh có giải pháp gì?",
      answer:
        "Ủy ban nhân dân tỉnh đã quy định thời hạn các sở phải có ý kiến; quá hạn không trả lời được coi là thống nhất và thủ trưởng đơn vị chịu trách nhiệm. Sở Kế hoạch và Đầu tư theo dõi tiến độ từng hồ sơ trên hệ thống.",
    },
    {
      body: "Thanh toán lệ phí trực tuyến có được cấp biên lai điện tử không?",
      answer:
        "Có. Khi thanh toán qua Cổng Dịch vụ công, người dân nhận biên lai điện tử có giá trị như biên lai giấy, tải về được trong tài khoản.",
    },
    {
      body: "Kết quả giải quyết thủ tục bản điện tử có được các cơ quan khác chấp nhận không?",
      answer:
        "Kết quả bản điện tử có chữ ký số của cơ quan có thẩm quyền có giá trị pháp lý như bản giấy và được lưu trong kho dữ liệu của công dân để dùng lại cho thủ tục khác.",
    },
    {
      body: "Xã miền núi sóng điện thoại yếu, tỉnh có kế hoạch phủ sóng không?",
      answer:
        "Tỉnh đang phối hợp các doanh nghiệp viễn thông xây dựng thêm trạm phát sóng ở các thôn lõm sóng, ưu tiên các huyện miền núi Sơn Tây, Ba Tơ, Minh Long, Trà Bồng.",
    },
    {
      body: "Làm sao để phản ánh khi cán bộ yêu cầu nộp thêm giấy tờ ngoài quy định?",
      answer:
        "Người dân phản ánh qua mục Phản ánh, kiến nghị trên Cổng thông tin điện tử tỉnh hoặc đường dây nóng. Mọi phản ánh được chuyển cơ quan có thẩm quyền xử lý và công khai kết quả.",
    },
    { body: "Tôi muốn hỏi về vụ tranh chấp đất của gia đình tôi với hàng xóm.", status: "rejected" },
    {
      body: "Bao giờ tỉnh triển khai cấp phiếu lý lịch tư pháp trên ứng dụng định danh?",
      status: "approved",
    },
  ] as readonly DemoDialogueQuestion[],
};

export const SCHEDULED_DIALOGUE = {
  slug: "doi-thoai-ho-tro-doanh-nghiep-nho-va-vua",
  title: "Đối thoại với doanh nghiệp: Hỗ trợ doanh nghiệp nhỏ và vừa, khởi nghiệp đổi mới sáng tạo",
  description:
    "Giám đốc Sở Kế hoạch và Đầu tư đối thoại với doanh nghiệp về chính sách hỗ trợ doanh nghiệp nhỏ và vừa, thủ tục đăng ký doanh nghiệp và đầu tư. Người dân, doanh nghiệp gửi câu hỏi trước buổi đối thoại.",
  unit: "SKHDT",
  questions: [
    {
      body: "Doanh nghiệp khởi nghiệp được hỗ trợ thuê mặt bằng tại khu làm việc chung của tỉnh không?",
      status: "approved",
    },
    {
      body: "Điều kiện để doanh nghiệp nhỏ được hỗ trợ chi phí tư vấn chuyển đổi số là gì?",
      status: "approved",
    },
    { body: "Thời gian cấp Giấy chứng nhận đăng ký đầu tư hiện nay là bao lâu?", status: "pending" },
    { body: "Hộ kinh doanh chuyển lên doanh nghiệp được những ưu đãi gì?", status: "pending" },
    {
      body: "Tỉnh có quỹ bảo lãnh tín dụng cho doanh nghiệp nhỏ và vừa không, thủ tục thế nào?",
      status: "pending",
    },
  ] as readonly DemoDialogueQuestion[],
};
