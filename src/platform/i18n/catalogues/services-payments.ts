/** Strings of online payment (issue 8): paying a fee notice, the return page, the sandbox bank, reconciliation. */
export const servicesPayments = {
  vi: {
    "payments.pay.notFound.title": "Không tìm thấy hồ sơ",
    "payments.pay.notFound.body":
      "Không tìm thấy hồ sơ này trong tài khoản của bạn. Hãy kiểm tra lại mã hồ sơ, hoặc đăng nhập bằng tài khoản đã nộp hồ sơ.",
    "payments.pay.refused.title": "Không thể thanh toán hồ sơ này",
    "payments.pay.off":
      "Cổng dịch vụ công chưa hỗ trợ thanh toán trực tuyến. Vui lòng nộp phí, lệ phí tại Bộ phận Một cửa.",
    "payments.pay.paid": "Phí, lệ phí của hồ sơ {code} đã được thanh toán. Không cần thanh toán lại.",
    "payments.pay.exempt": "Hồ sơ {code} được miễn phí, lệ phí. Không cần thanh toán.",
    "payments.pay.noNotice": "Hồ sơ {code} không có thông báo phí, lệ phí cần thanh toán.",
    "payments.pay.notOnline":
      "Thủ tục của hồ sơ {code} chưa cho phép thanh toán trực tuyến. Vui lòng nộp tại Bộ phận Một cửa.",
    "payments.back": "Quay lại trang hồ sơ",
    "payments.orderInfo": "Phi, le phi ho so {code}",

    "payments.return.title.paid": "Thanh toán thành công",
    "payments.return.title.cancelled": "Bạn đã hủy thanh toán",
    "payments.return.title.failed": "Thanh toán không thành công",
    "payments.return.title.pending": "Đang chờ ngân hàng xác nhận",
    "payments.return.title.invalid": "Kết quả thanh toán không hợp lệ",
    "payments.return.paid":
      "Đã thanh toán {amount} cho hồ sơ {code}. Biên lai điện tử được lưu cùng hồ sơ trong tài khoản của bạn.",
    "payments.return.paidRefund":
      "Ngân hàng đã trừ {amount} nhưng phí của hồ sơ {code} đã được thanh toán trước đó. Khoản tiền này sẽ được hoàn lại; Bộ phận Một cửa sẽ liên hệ với bạn.",
    "payments.return.cancelled":
      "Giao dịch cho hồ sơ {code} đã bị hủy, bạn chưa bị trừ tiền. Bạn có thể thanh toán lại.",
    "payments.return.failed":
      "Ngân hàng báo giao dịch cho hồ sơ {code} không thành công (mã {responseCode}). Bạn chưa bị trừ tiền; hãy thử lại hoặc dùng thẻ, tài khoản khác.",
    "payments.return.pending":
      "Ngân hàng chưa xác nhận kết quả giao dịch cho hồ sơ {code}. Kết quả sẽ được cập nhật vào hồ sơ khi ngân hàng trả lời; bạn không cần thanh toán lại.",
    "payments.return.mismatch":
      "Số tiền ngân hàng báo không khớp với số tiền cần nộp của hồ sơ {code}. Giao dịch chưa được ghi nhận; cán bộ sẽ kiểm tra và liên hệ với bạn.",
    "payments.return.invalid":
      "Địa chỉ trả về từ ngân hàng không hợp lệ hoặc đã bị sửa đổi, nên không thể ghi nhận kết quả. Nếu bạn đã bị trừ tiền, kết quả sẽ được đối soát với ngân hàng và cập nhật vào hồ sơ.",
    "payments.return.unknownOrder": "Không tìm thấy giao dịch thanh toán này.",
    "payments.return.myDossiers": "Xem hồ sơ của bạn",

    "payments.sandbox.title": "Ngân hàng thử nghiệm — không chuyển tiền thật",
    "payments.sandbox.invalidQuery": "Yêu cầu tra cứu giao dịch không hợp lệ (tham số hoặc chữ ký sai).",
    "payments.callback.malformed": "Thông báo kết quả thanh toán không đọc được (tham số sai hoặc lặp lại).",
    "payments.sandbox.lead":
      "Đây là cổng thanh toán thử nghiệm để trình diễn. Không có tiền thật nào được chuyển; chọn Thanh toán hoặc Hủy để xem kết quả.",
    "payments.sandbox.order": "Thông tin giao dịch",
    "payments.sandbox.merchant": "Đơn vị nhận tiền",
    "payments.sandbox.orderRef": "Mã giao dịch",
    "payments.sandbox.orderInfo": "Nội dung",
    "payments.sandbox.amount": "Số tiền",
    "payments.sandbox.expiresAt": "Hết hạn lúc",
    "payments.sandbox.pay": "Thanh toán",
    "payments.sandbox.cancel": "Hủy",
    "payments.sandbox.invalid.title": "Yêu cầu thanh toán không hợp lệ",
    "payments.sandbox.invalid": "Yêu cầu thanh toán không hợp lệ, đã bị sửa đổi hoặc đã hết hạn.",
    "payments.sandbox.done": "Giao dịch này đã được xử lý.",

    "payments.recon.nav": "Đối soát thanh toán",
    "payments.recon.title": "Đối soát thanh toán trực tuyến",
    "payments.recon.intro":
      "So sánh các giao dịch thanh toán phí, lệ phí tạo trong ngày với kết quả tra cứu tại cổng thanh toán. Việc đối soát tự động chạy lúc 01:00 hằng ngày cho ngày hôm trước.",
    "payments.recon.day": "Ngày đối soát",
    "payments.recon.dayHint": "Dạng ngày/tháng/năm, ví dụ 05/03/2026",
    "payments.recon.show": "Xem",
    "payments.recon.run": "Đối soát lại",
    "payments.recon.csv": "Tải danh sách chênh lệch (CSV)",
    "payments.recon.lastRun": "Lần đối soát gần nhất: {at}.",
    "payments.recon.notRun": "Ngày này chưa được đối soát.",
    "payments.recon.byUnit": "Tổng hợp theo đơn vị ngày {day}",
    "payments.recon.colUnit": "Đơn vị",
    "payments.recon.colOrders": "Số giao dịch",
    "payments.recon.colPaid": "Đã thanh toán",
    "payments.recon.colPaidSum": "Số tiền đã thu",
    "payments.recon.total": "Tổng cộng",
    "payments.recon.noOrders": "Không có giao dịch nào trong ngày.",
    "payments.recon.mismatches": "Chênh lệch cần xử lý",
    "payments.recon.noMismatch": "Không có chênh lệch.",
    "payments.recon.colOrderRef": "Mã giao dịch",
    "payments.recon.colDossier": "Mã hồ sơ",
    "payments.recon.colOurs": "Trạng thái tại cổng dịch vụ công",
    "payments.recon.colBank": "Trạng thái tại ngân hàng",
    "payments.recon.colAmount": "Số tiền",
    "payments.recon.colResolution": "Xử lý",
    "payments.recon.errors.day": "Ngày đối soát phải có dạng ngày/tháng/năm, ví dụ 05/03/2026.",
    "payments.recon.errors.future": "Không thể đối soát một ngày chưa đến.",
    "payments.recon.flash": "Đã đối soát ngày {day}: {orders} giao dịch, {mismatches} chênh lệch.",
    "payments.status.pending": "Đang chờ",
    "payments.status.paid": "Đã thanh toán",
    "payments.status.failed": "Không thành công",
    "payments.status.cancelled": "Đã hủy",
    "payments.status.expired": "Hết hạn",
    "payments.status.unknown": "Không có giao dịch",
    "payments.status.error": "Không tra cứu được",
    "payments.resolution.settled": "Đã cập nhật theo ngân hàng",
    "payments.resolution.refund_due": "Cần hoàn tiền (đã thu hai lần)",
    "payments.resolution.investigate": "Cần kiểm tra",
    "payments.resolution.amount": "Số tiền không khớp",
  },
  en: {},
};
