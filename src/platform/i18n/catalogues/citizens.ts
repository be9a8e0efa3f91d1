/** Strings of citizen accounts: one-time-code and national-ID sign-in, profile, "my dossiers" (SPEC §B8). */
export const citizens = {
  vi: {
    "citizens.nav.label": "Tài khoản công dân",
    "citizens.nav.profile": "Thông tin cá nhân",
    "citizens.nav.dossiers": "Hồ sơ của tôi",
    "citizens.nav.questions": "Câu hỏi của tôi",
    "citizens.nav.signOut": "Đăng xuất",
    "citizens.signedInAs": "Đang đăng nhập: {name}",

    "citizens.signIn.title": "Đăng nhập tài khoản công dân",
    "citizens.signIn.intro":
      "Nhập địa chỉ thư điện tử hoặc số điện thoại di động đã đăng ký. Chúng tôi sẽ gửi một mã xác thực gồm 6 chữ số.",
    "citizens.signIn.submit": "Gửi mã xác thực",
    "citizens.signIn.noAccount": "Chưa có tài khoản?",
    "citizens.signIn.toSignUp": "Đăng ký tài khoản",
    "citizens.signIn.or": "Hoặc",
    "citizens.signIn.oidc": "Đăng nhập bằng tài khoản định danh điện tử",
    "citizens.signIn.oidcHint": "Dùng tài khoản định danh điện tử quốc gia; thông tin cá nhân được điền sẵn.",
    "citizens.signIn.signedOut": "Bạn đã đăng xuất.",
    "citizens.signIn.needSignIn": "Vui lòng đăng nhập để tiếp tục.",

    "citizens.signUp.title": "Đăng ký tài khoản công dân",
    "citizens.signUp.intro":
      "Tài khoản giúp bạn nộp hồ sơ trực tuyến, theo dõi hồ sơ đã nộp và điền sẵn thông tin vào biểu mẫu. Nhập họ tên và địa chỉ thư điện tử hoặc số điện thoại di động; chúng tôi sẽ gửi mã xác thực.",
    "citizens.signUp.submit": "Đăng ký và nhận mã",
    "citizens.signUp.haveAccount": "Đã có tài khoản?",
    "citizens.signUp.toSignIn": "Đăng nhập",

    "citizens.field.fullName": "Họ và tên",
    "citizens.field.destination": "Thư điện tử hoặc số điện thoại di động",
    "citizens.field.destinationHint": "Ví dụ: ten@example.vn hoặc 0905 123 456",
    "citizens.field.code": "Mã xác thực",
    "citizens.field.codeHint": "Gồm 6 chữ số, có hiệu lực trong 10 phút.",

    "citizens.error.destination":
      "Vui lòng nhập địa chỉ thư điện tử hợp lệ hoặc số điện thoại di động Việt Nam (ví dụ 0905 123 456).",
    "citizens.error.tooManyCodes":
      "Bạn đã yêu cầu quá {max} mã trong {minutes} phút cho địa chỉ này. Vui lòng thử lại sau khoảng {retry} phút.",
    "citizens.error.codeFormat": "Mã xác thực gồm đúng 6 chữ số.",
    "citizens.error.codeWrong": "Mã xác thực không đúng. Bạn còn {left} lần thử.",
    "citizens.error.codeLocked":
      "Bạn đã nhập sai mã quá {max} lần. Mã này không còn dùng được; vui lòng yêu cầu mã mới.",
    "citizens.error.codeExpired": "Mã xác thực đã hết hạn. Vui lòng yêu cầu mã mới.",
    "citizens.error.codeUsed": "Mã xác thực này đã được sử dụng. Vui lòng yêu cầu mã mới nếu cần.",
    "citizens.error.noChallenge": "Phiên xác thực đã hết hạn hoặc không tồn tại. Vui lòng yêu cầu mã mới.",

    "citizens.verify.title": "Nhập mã xác thực",
    "citizens.verify.sent":
      "Nếu thông tin bạn nhập hợp lệ, một mã xác thực gồm 6 chữ số đã được gửi tới {to}.",
    "citizens.verify.submit": "Xác nhận",
    "citizens.verify.again": "Chưa nhận được mã? Yêu cầu mã mới",

    "citizens.otp.emailSubject": "Mã xác thực tài khoản Cổng dịch vụ công: {code}",
    "citizens.otp.emailText":
      "Mã xác thực của bạn là: {code}\n\nMã có hiệu lực trong 10 phút. Không cung cấp mã này cho bất kỳ ai, kể cả người tự xưng là cán bộ.\nNếu bạn không yêu cầu mã, hãy bỏ qua thư này.\n\n{site}",
    "citizens.otp.sms":
      "{code} la ma xac thuc tai khoan Cong dich vu cong, hieu luc 10 phut. Khong chia se ma nay.",

    "citizens.oidc.disabled": "Đăng nhập bằng tài khoản định danh điện tử chưa được bật.",
    "citizens.oidc.badState":
      "Phiên đăng nhập bằng tài khoản định danh không hợp lệ, đã được sử dụng hoặc đã hết hạn. Vui lòng đăng nhập lại từ đầu.",
    "citizens.oidc.failed": "Không đăng nhập được qua tài khoản định danh điện tử. Vui lòng thử lại sau.",
    "citizens.oidc.denied": "Bạn đã hủy hoặc không được cho phép đăng nhập bằng tài khoản định danh điện tử.",
    "citizens.oidc.unavailable":
      "Hệ thống định danh điện tử tạm thời không truy cập được. Vui lòng thử lại sau.",

    "citizens.profile.title": "Thông tin cá nhân",
    "citizens.profile.intro":
      "Thông tin này được điền sẵn vào biểu mẫu khi bạn nộp hồ sơ trực tuyến. Bạn vẫn có thể sửa trên từng hồ sơ.",
    "citizens.profile.saved": "Đã lưu thông tin cá nhân.",
    "citizens.profile.contact": "Thông tin liên hệ đã xác thực",
    "citizens.profile.email": "Thư điện tử",
    "citizens.profile.phone": "Điện thoại di động",
    "citizens.profile.verified": "đã xác thực",
    "citizens.profile.none": "Chưa có",
    "citizens.profile.personal": "Thông tin cá nhân",
    "citizens.profile.business": "Dành cho tổ chức, doanh nghiệp",
    "citizens.profile.fullName": "Họ và tên",
    "citizens.profile.idNumber": "Số định danh cá nhân (CCCD)",
    "citizens.profile.idNumberHint": "12 chữ số trên thẻ căn cước / căn cước công dân.",
    "citizens.profile.birthDate": "Ngày sinh",
    "citizens.profile.birthDateHint": "Dạng ngày/tháng/năm, ví dụ 05/09/1990.",
    "citizens.profile.gender": "Giới tính",
    "citizens.profile.genderEmpty": "— Không chọn —",
    "citizens.profile.address": "Địa chỉ thường trú",
    "citizens.profile.businessName": "Tên tổ chức, doanh nghiệp",
    "citizens.profile.taxCode": "Mã số thuế",
    "citizens.profile.taxCodeHint": "10 chữ số, hoặc 13 chữ số với chi nhánh (ví dụ 4300123456-001).",
    "citizens.profile.submit": "Lưu thông tin",
    "citizens.profile.error.idNumber":
      "{field} phải gồm 12 chữ số và bắt đầu bằng mã tỉnh, thành phố hợp lệ.",
    "citizens.profile.error.idBirthYear": "{field} không khớp với năm sinh đã nhập.",
    "citizens.profile.error.idGender": "{field} không khớp với giới tính đã chọn.",
    "citizens.profile.error.birthDate":
      "{field} phải là ngày có thật, dạng ngày/tháng/năm (ví dụ 05/09/1990).",
    "citizens.profile.error.birthDateRange": "{field} phải từ năm 1900 đến hôm nay.",
    "citizens.profile.error.taxCode": "{field} phải gồm 10 hoặc 13 chữ số.",
    "citizens.profile.error.taxCodeNeeded": "Vui lòng nhập {field} của tổ chức, doanh nghiệp.",
    "citizens.profile.error.businessNameNeeded": "Vui lòng nhập {field} tương ứng với mã số thuế.",

    "citizens.gender.male": "Nam",
    "citizens.gender.female": "Nữ",
    "citizens.gender.other": "Khác",

    "citizens.dossiers.title": "Hồ sơ của tôi",
    "citizens.dossiers.intro": "Các hồ sơ bạn đã nộp bằng tài khoản này, mới nhất trước.",
    "citizens.dossiers.empty": "Bạn chưa nộp hồ sơ nào bằng tài khoản này.",
    "citizens.dossiers.toCatalogue": "Tìm thủ tục và nộp hồ sơ trực tuyến",
    "citizens.dossiers.code": "Mã hồ sơ",
    "citizens.dossiers.procedure": "Thủ tục",
    "citizens.dossiers.submittedOn": "Ngày nộp",
    "citizens.dossiers.state": "Trạng thái",
    "citizens.dossiers.dueOn": "Ngày hẹn trả",
    "citizens.dossiers.actions": "Thao tác",
    "citizens.dossiers.view": "Xem tiến độ",
    "citizens.dossiers.supplement": "Bổ sung hồ sơ",
    "citizens.dossiers.receipt": "Giấy tiếp nhận",
    "citizens.dossiers.count": "Tổng số: {count} hồ sơ",
    "citizens.dossiers.prev": "Trang trước",
    "citizens.dossiers.next": "Trang sau",
    "citizens.dossiers.page": "Trang {page}/{pages}",
    "citizens.dossiers.pagination": "Phân trang",

    "citizens.state.submitted": "Đã nộp, chờ tiếp nhận",
    "citizens.state.received": "Đã tiếp nhận",
    "citizens.state.supplement_requested": "Cần bổ sung hồ sơ",
    "citizens.state.processing": "Đang xử lý",
    "citizens.state.awaiting_approval": "Chờ lãnh đạo phê duyệt",
    "citizens.state.result_ready": "Đã có kết quả, chờ trả",
    "citizens.state.returned": "Đã trả kết quả",
    "citizens.state.rejected": "Bị từ chối",
    "citizens.state.withdrawn": "Đã rút hồ sơ",
  },
  en: {
    "citizens.nav.label": "Citizen account",
    "citizens.nav.profile": "Personal details",
    "citizens.nav.dossiers": "My applications",
    "citizens.nav.questions": "My questions",
    "citizens.nav.signOut": "Sign out",
    "citizens.signedInAs": "Signed in as {name}",
    "citizens.signIn.title": "Citizen sign-in",
    "citizens.signIn.submit": "Send a code",
    "citizens.signUp.title": "Create a citizen account",
    "citizens.profile.title": "Personal details",
    "citizens.dossiers.title": "My applications",
  },
};
