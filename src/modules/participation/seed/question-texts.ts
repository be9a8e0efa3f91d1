/**
 * What the demo's askers write and the units answer, per topic and kind. "{noi}" in a body is replaced by a locality
 * of the province, so the same kind of question reads as asked from different places. No personal data in any text:
 * the asker's name is shown (with consent) from the question's own columns, never from the body.
 */
import type { QuestionKind } from "../tables.js";

export interface QuestionTemplate {
  topic: string;
  kind: QuestionKind;
  /** Short code of the competent demo unit (the topic's unit when absent). */
  unit?: string;
  /** Feedback (§E4): the regulation or procedure concerned. */
  regulation?: string;
  title: string;
  body: string;
  answer: string;
}

export const PLACES: readonly string[] = [
  "phường Nghĩa Chánh, thành phố Quảng Ngãi",
  "xã Tịnh Khê, thành phố Quảng Ngãi",
  "thị trấn Châu Ổ, huyện Bình Sơn",
  "thị trấn La Hà, huyện Tư Nghĩa",
  "thị trấn Mộ Đức, huyện Mộ Đức",
  "xã An Vĩnh, huyện Lý Sơn",
  "phường Nguyễn Nghiêm, thị xã Đức Phổ",
  "thị trấn Chợ Chùa, huyện Nghĩa Hành",
];

export const CITIZEN_QUESTIONS: readonly QuestionTemplate[] = [
  {
    topic: "tu-phap-ho-tich",
    kind: "citizen",
    title: "Đăng ký khai sinh cho con khi cha mẹ chưa đăng ký kết hôn",
    body: "Tôi ở {noi}, vợ chồng tôi chung sống nhưng chưa đăng ký kết hôn và vừa sinh con. Xin hỏi thủ tục đăng ký khai sinh cho cháu cần giấy tờ gì, có ghi tên cha vào giấy khai sinh được không?",
    answer:
      "Trường hợp cha mẹ chưa đăng ký kết hôn, người mẹ hoặc người cha có thể đăng ký khai sinh cho con tại Ủy ban nhân dân cấp xã nơi cư trú. Để ghi tên người cha, hai bên kết hợp thủ tục đăng ký khai sinh với nhận cha con: nộp tờ khai theo mẫu, giấy chứng sinh và chứng cứ chứng minh quan hệ cha con (nếu có), người cha và người mẹ cùng có mặt khi đăng ký. Ông/bà có thể nộp trực tuyến trên Cổng Dịch vụ công.",
  },
  {
    topic: "tu-phap-ho-tich",
    kind: "citizen",
    title: "Cấp bản sao trích lục khai sinh khi sổ gốc bị mất",
    body: "Giấy khai sinh bản chính của tôi bị thất lạc, tôi đăng ký khai sinh năm 1985 tại {noi}. Xin hỏi tôi có thể xin cấp bản sao trích lục ở đâu và nếu sổ hộ tịch gốc không còn thì phải làm thế nào?",
    answer:
      "Ông/bà đề nghị cấp bản sao trích lục hộ tịch tại cơ quan đang lưu giữ sổ hộ tịch (Ủy ban nhân dân cấp xã nơi đã đăng ký hoặc Ủy ban nhân dân cấp huyện). Nếu sổ hộ tịch và bản chính giấy khai sinh đều không còn, ông/bà thực hiện thủ tục đăng ký lại khai sinh tại Ủy ban nhân dân cấp xã nơi đã đăng ký trước đây hoặc nơi thường trú, kèm các giấy tờ có thông tin về họ tên, ngày sinh như hồ sơ học tập, căn cước công dân.",
  },
  {
    topic: "tu-phap-ho-tich",
    kind: "citizen",
    title: "Thủ tục cấp Phiếu lý lịch tư pháp số 1 qua mạng",
    body: "Tôi cần Phiếu lý lịch tư pháp để bổ sung hồ sơ xin việc. Xin hỏi có thể nộp hồ sơ trực tuyến không, thời gian trả kết quả bao lâu và có được nhận kết quả qua bưu điện không?",
    answer:
      "Sở Tư pháp tiếp nhận yêu cầu cấp Phiếu lý lịch tư pháp trực tuyến qua Cổng Dịch vụ công và ứng dụng định danh điện tử. Thời hạn giải quyết không quá 10 ngày kể từ ngày nhận đủ hồ sơ hợp lệ; trường hợp cần xác minh thêm thì có thể kéo dài theo quy định. Ông/bà có thể chọn nhận kết quả trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh hoặc qua dịch vụ bưu chính công ích.",
  },
  {
    topic: "tu-phap-ho-tich",
    kind: "citizen",
    title: "Chứng thực bản sao từ bản chính có phải nộp tại nơi cư trú không",
    body: "Tôi thường trú ở {noi} nhưng đang làm việc tại thành phố Quảng Ngãi. Tôi có thể chứng thực bản sao bằng tốt nghiệp tại Ủy ban nhân dân phường nơi làm việc không?",
    answer:
      "Việc chứng thực bản sao từ bản chính không phụ thuộc vào nơi cư trú của người yêu cầu. Ông/bà có thể yêu cầu chứng thực tại bất kỳ Ủy ban nhân dân cấp xã, Phòng Tư pháp cấp huyện, tổ chức hành nghề công chứng nào thuận tiện, mang theo bản chính và bản sao cần chứng thực.",
  },
  {
    topic: "dat-dai",
    kind: "citizen",
    title: "Cấp Giấy chứng nhận quyền sử dụng đất lần đầu cho đất ở lâu năm",
    body: "Gia đình tôi ở {noi} sử dụng đất ổn định từ năm 1990, không tranh chấp nhưng chưa có giấy tờ. Xin hỏi gia đình có được cấp Giấy chứng nhận quyền sử dụng đất không và phải nộp hồ sơ ở đâu?",
    answer:
      "Hộ gia đình, cá nhân sử dụng đất ổn định, không tranh chấp, phù hợp quy hoạch, được Ủy ban nhân dân cấp xã xác nhận thì được xem xét cấp Giấy chứng nhận theo quy định của Luật Đất đai. Hồ sơ nộp tại bộ phận một cửa cấp huyện hoặc Chi nhánh Văn phòng đăng ký đất đai; nghĩa vụ tài chính được xác định theo thời điểm bắt đầu sử dụng đất.",
  },
  {
    topic: "dat-dai",
    kind: "citizen",
    title: "Tách thửa đất ở có diện tích tối thiểu bao nhiêu",
    body: "Tôi có thửa đất ở 180 m² tại {noi}, muốn tách cho con một phần. Xin hỏi diện tích tối thiểu được tách thửa đối với đất ở tại địa phương là bao nhiêu?",
    answer:
      "Diện tích tối thiểu được tách thửa đất ở do Ủy ban nhân dân tỉnh quy định, khác nhau giữa khu vực đô thị và nông thôn, và thửa đất mới phải có lối đi kết nối đường giao thông công cộng. Ông/bà liên hệ Chi nhánh Văn phòng đăng ký đất đai nơi có đất để được đo đạc và hướng dẫn cụ thể trước khi nộp hồ sơ tách thửa.",
  },
  {
    topic: "dat-dai",
    kind: "citizen",
    unit: "TPQN",
    title: "Bồi thường khi Nhà nước thu hồi đất làm đường",
    body: "Nhà tôi ở {noi} bị thu hồi một phần đất để mở rộng đường. Xin hỏi giá bồi thường được tính như thế nào và phần đất còn lại có được cấp lại Giấy chứng nhận không?",
    answer:
      "Giá đất tính bồi thường là giá đất cụ thể do Ủy ban nhân dân tỉnh quyết định tại thời điểm thu hồi. Phương án bồi thường được niêm yết công khai để người dân góp ý trước khi phê duyệt. Phần diện tích còn lại sẽ được chỉnh lý biến động hoặc cấp đổi Giấy chứng nhận; Trung tâm Phát triển quỹ đất sẽ hướng dẫn hồ sơ khi chi trả.",
  },
  {
    topic: "xay-dung",
    kind: "citizen",
    title: "Xây nhà ở riêng lẻ tại nông thôn có phải xin giấy phép xây dựng",
    body: "Tôi chuẩn bị xây nhà 2 tầng trên đất ở của gia đình tại {noi}. Xin hỏi trường hợp này có phải xin giấy phép xây dựng không?",
    answer:
      "Nhà ở riêng lẻ ở nông thôn có quy mô dưới 7 tầng thuộc khu vực không có quy hoạch đô thị, quy hoạch xây dựng khu chức năng hoặc quy hoạch chi tiết xây dựng điểm dân cư nông thôn được duyệt thì được miễn giấy phép xây dựng. Nếu khu vực đã có quy hoạch chi tiết được duyệt hoặc thuộc khu vực bảo tồn thì phải xin phép tại Ủy ban nhân dân cấp huyện. Ông/bà nên liên hệ Phòng Kinh tế – Hạ tầng để được xác định.",
  },
  {
    topic: "xay-dung",
    kind: "citizen",
    title: "Thời hạn cấp giấy phép xây dựng nhà ở riêng lẻ tại đô thị",
    body: "Tôi đã nộp hồ sơ xin giấy phép xây dựng nhà ở tại {noi}. Xin hỏi thời hạn giải quyết là bao nhiêu ngày và tôi có thể tra cứu tình trạng hồ sơ ở đâu?",
    answer:
      "Thời hạn cấp giấy phép xây dựng nhà ở riêng lẻ là không quá 15 ngày kể từ ngày nhận đủ hồ sơ hợp lệ. Ông/bà tra cứu tình trạng hồ sơ bằng mã hồ sơ trên Cổng Dịch vụ công của tỉnh hoặc quét mã QR trên giấy tiếp nhận.",
  },
  {
    topic: "xay-dung",
    kind: "citizen",
    title: "Sửa chữa, cải tạo bên trong nhà có cần giấy phép",
    body: "Tôi muốn sửa lại bếp và nhà vệ sinh, không thay đổi kết cấu chịu lực và mặt ngoài ngôi nhà ở {noi}. Việc này có phải xin phép không?",
    answer:
      "Sửa chữa, cải tạo bên trong công trình không làm thay đổi kết cấu chịu lực, công năng sử dụng, kiến trúc mặt ngoài và không ảnh hưởng an toàn công trình thì được miễn giấy phép xây dựng. Ông/bà vẫn cần bảo đảm an toàn, vệ sinh môi trường và không ảnh hưởng các hộ liền kề trong quá trình thi công.",
  },
  {
    topic: "thue-phi",
    kind: "citizen",
    title: "Lệ phí trước bạ khi được tặng cho nhà đất giữa cha mẹ và con",
    body: "Cha mẹ tôi ở {noi} làm hợp đồng tặng cho tôi quyền sử dụng đất và nhà ở. Xin hỏi tôi có phải nộp lệ phí trước bạ và thuế thu nhập cá nhân không?",
    answer:
      "Nhà, đất nhận tặng cho giữa cha đẻ, mẹ đẻ với con đẻ thuộc trường hợp được miễn lệ phí trước bạ và miễn thuế thu nhập cá nhân. Ông/bà vẫn kê khai theo mẫu và nộp kèm giấy tờ chứng minh quan hệ (giấy khai sinh hoặc xác nhận của cơ quan có thẩm quyền) khi đăng ký biến động.",
  },
  {
    topic: "thue-phi",
    kind: "citizen",
    title: "Phí thẩm định hồ sơ cấp Giấy chứng nhận quyền sử dụng đất",
    body: "Xin hỏi mức phí thẩm định hồ sơ cấp Giấy chứng nhận quyền sử dụng đất đối với hộ gia đình, cá nhân trên địa bàn tỉnh hiện nay là bao nhiêu?",
    answer:
      "Mức thu phí thẩm định hồ sơ cấp Giấy chứng nhận do Hội đồng nhân dân tỉnh quy định theo diện tích, mục đích sử dụng đất và khu vực. Biểu phí đang áp dụng được công khai tại bộ phận một cửa và trong danh mục thủ tục hành chính trên Cổng Dịch vụ công của tỉnh.",
  },
  {
    topic: "lao-dong-viec-lam",
    kind: "citizen",
    title: "Điều kiện hưởng trợ cấp thất nghiệp",
    body: "Tôi đóng bảo hiểm thất nghiệp được 3 năm, vừa nghỉ việc theo thỏa thuận với công ty. Xin hỏi tôi có được hưởng trợ cấp thất nghiệp và nộp hồ sơ ở đâu?",
    answer:
      "Người lao động chấm dứt hợp đồng đúng pháp luật, đã đóng bảo hiểm thất nghiệp từ đủ 12 tháng trong 24 tháng trước khi nghỉ việc và chưa tìm được việc làm thì được xem xét hưởng trợ cấp. Trong 3 tháng kể từ ngày chấm dứt hợp đồng, ông/bà nộp hồ sơ tại Trung tâm Dịch vụ việc làm tỉnh hoặc nộp trực tuyến trên Cổng Dịch vụ công.",
  },
  {
    topic: "lao-dong-viec-lam",
    kind: "citizen",
    title: "Hỗ trợ học nghề cho lao động nông thôn",
    body: "Con tôi 19 tuổi, đang ở {noi}, muốn học nghề sửa chữa máy nông nghiệp. Xin hỏi có chính sách hỗ trợ học phí cho lao động nông thôn không?",
    answer:
      "Lao động nông thôn tham gia các khóa đào tạo nghề trình độ sơ cấp, đào tạo dưới 3 tháng được hỗ trợ chi phí đào tạo theo chương trình của tỉnh; mức hỗ trợ cao hơn đối với người thuộc hộ nghèo, cận nghèo, người dân tộc thiểu số. Gia đình liên hệ Phòng Lao động – Thương binh và Xã hội cấp huyện để đăng ký.",
  },
  {
    topic: "giao-duc",
    kind: "citizen",
    title: "Tuyển sinh lớp 10 công lập có được đăng ký trái tuyến",
    body: "Con tôi học lớp 9 tại {noi}. Xin hỏi khi tuyển sinh lớp 10 công lập, học sinh có được đăng ký nguyện vọng vào trường ngoài địa bàn cư trú không?",
    answer:
      "Kế hoạch tuyển sinh lớp 10 hằng năm quy định vùng tuyển của từng trường trung học phổ thông công lập. Học sinh được đăng ký nguyện vọng theo vùng tuyển; một số trường (trường chuyên, trường có vùng tuyển toàn tỉnh) nhận học sinh toàn tỉnh. Kế hoạch được Sở Giáo dục và Đào tạo công bố trước kỳ thi trên trang thông tin của Sở.",
  },
  {
    topic: "giao-duc",
    kind: "citizen",
    title: "Miễn, giảm học phí cho con hộ cận nghèo",
    body: "Gia đình tôi thuộc hộ cận nghèo ở {noi}, có con học trung học cơ sở. Xin hỏi cháu có được miễn hoặc giảm học phí không và cần nộp giấy tờ gì?",
    answer:
      "Học sinh thuộc hộ cận nghèo được giảm học phí theo quy định hiện hành. Phụ huynh nộp đơn đề nghị kèm giấy xác nhận hộ cận nghèo do Ủy ban nhân dân cấp xã cấp cho nhà trường trong thời hạn nhà trường thông báo đầu mỗi học kỳ.",
  },
  {
    topic: "y-te",
    kind: "citizen",
    title: "Thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi",
    body: "Tôi vừa đăng ký khai sinh cho con tại {noi}. Xin hỏi thẻ bảo hiểm y tế của cháu được cấp như thế nào, gia đình có phải làm hồ sơ riêng không?",
    answer:
      "Khi đăng ký khai sinh qua thủ tục liên thông, thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi được cấp cùng với đăng ký thường trú mà gia đình không phải lập hồ sơ riêng. Trong thời gian chờ thẻ, trẻ được khám, chữa bệnh bảo hiểm y tế bằng giấy khai sinh hoặc giấy chứng sinh.",
  },
  {
    topic: "y-te",
    kind: "citizen",
    title: "Chuyển tuyến khám bệnh lên bệnh viện tỉnh",
    body: "Tôi có thẻ bảo hiểm y tế đăng ký ở trạm y tế xã tại {noi}. Xin hỏi nếu tôi đến khám thẳng tại Bệnh viện Đa khoa tỉnh thì quỹ bảo hiểm thanh toán thế nào?",
    answer:
      "Người bệnh tự đi khám không đúng tuyến được quỹ bảo hiểm y tế thanh toán theo tỷ lệ quy định đối với điều trị nội trú tại bệnh viện tuyến tỉnh; khám ngoại trú trái tuyến chưa được thanh toán trừ trường hợp cấp cứu. Ông/bà nên đề nghị giấy chuyển tuyến khi cơ sở ban đầu chỉ định để được hưởng đầy đủ quyền lợi.",
  },
  {
    topic: "giao-thong",
    kind: "citizen",
    title: "Đổi giấy phép lái xe hạng B2 hết hạn",
    body: "Giấy phép lái xe hạng B2 của tôi sắp hết hạn. Xin hỏi tôi có thể đổi trực tuyến không và hồ sơ gồm những gì?",
    answer:
      "Ông/bà có thể đề nghị đổi giấy phép lái xe trực tuyến trên Cổng Dịch vụ công quốc gia khi đã có giấy khám sức khỏe điện tử được liên thông. Hồ sơ gồm đơn đề nghị, giấy khám sức khỏe và ảnh chân dung; lệ phí nộp trực tuyến; giấy phép mới được gửi qua bưu chính.",
  },
  {
    topic: "giao-thong",
    kind: "citizen",
    unit: "HBS",
    title: "Đề nghị lắp đèn tín hiệu tại ngã tư gần trường học",
    body: "Ngã tư gần trường tiểu học ở {noi} thường xuyên ùn tắc giờ tan học, nhiều lần suýt xảy ra tai nạn. Đề nghị cơ quan chức năng xem xét lắp đèn tín hiệu và biển báo.",
    answer:
      "Ủy ban nhân dân huyện đã giao Phòng Kinh tế – Hạ tầng phối hợp Công an huyện khảo sát nút giao. Trước mắt, địa phương bổ sung biển cảnh báo khu vực trường học, gờ giảm tốc và bố trí lực lượng hướng dẫn giao thông giờ tan học; việc lắp đèn tín hiệu được đưa vào kế hoạch năm tới.",
  },
  {
    topic: "nong-nghiep",
    kind: "citizen",
    title: "Hỗ trợ khi cây trồng bị thiệt hại do mưa lũ",
    body: "Ruộng lúa nhà tôi ở {noi} bị ngập úng hoàn toàn trong đợt mưa lũ vừa qua. Xin hỏi hộ gia đình được hỗ trợ bao nhiêu và thủ tục thế nào?",
    answer:
      "Hộ sản xuất có cây trồng bị thiệt hại do thiên tai được hỗ trợ theo mức độ thiệt hại và loại cây trồng. Ủy ban nhân dân cấp xã tổ chức thống kê, xác định thiệt hại và lập danh sách đề nghị hỗ trợ; gia đình liên hệ cán bộ nông nghiệp xã để được kê khai trong thời hạn địa phương thông báo.",
  },
  {
    topic: "nong-nghiep",
    kind: "citizen",
    unit: "HLS",
    title: "Chứng nhận vùng trồng tỏi Lý Sơn",
    body: "Tôi trồng tỏi ở {noi}. Xin hỏi muốn sử dụng chỉ dẫn địa lý và được cấp mã số vùng trồng thì phải liên hệ cơ quan nào?",
    answer:
      "Tổ chức, cá nhân sản xuất tỏi trong khu vực chỉ dẫn địa lý được đề nghị cho phép sử dụng chỉ dẫn địa lý khi đáp ứng quy trình canh tác. Ủy ban nhân dân huyện Lý Sơn hướng dẫn đăng ký sử dụng chỉ dẫn địa lý; mã số vùng trồng được cấp qua Chi cục Trồng trọt và Bảo vệ thực vật tỉnh.",
  },
  {
    topic: "dau-tu-kinh-doanh",
    kind: "citizen",
    title: "Đăng ký hộ kinh doanh quán cà phê",
    body: "Tôi muốn mở quán cà phê nhỏ tại nhà ở {noi}. Xin hỏi tôi có phải đăng ký hộ kinh doanh không và nộp hồ sơ ở đâu?",
    answer:
      "Cá nhân kinh doanh thường xuyên tại một địa điểm cố định phải đăng ký hộ kinh doanh tại cơ quan đăng ký kinh doanh cấp huyện nơi đặt địa điểm kinh doanh. Hồ sơ gồm giấy đề nghị đăng ký và bản sao giấy tờ pháp lý của cá nhân; có thể nộp trực tuyến. Thời hạn cấp là 3 ngày làm việc.",
  },
  {
    topic: "dau-tu-kinh-doanh",
    kind: "citizen",
    title: "Tạm ngừng kinh doanh hộ kinh doanh",
    body: "Hộ kinh doanh của gia đình tôi ở {noi} muốn tạm ngừng kinh doanh 6 tháng. Xin hỏi có phải thông báo cho cơ quan nào không?",
    answer:
      "Hộ kinh doanh tạm ngừng kinh doanh từ 30 ngày trở lên phải thông báo cho cơ quan đăng ký kinh doanh cấp huyện và cơ quan thuế trực tiếp quản lý chậm nhất 3 ngày làm việc trước khi tạm ngừng. Thông báo có thể gửi trực tuyến.",
  },
  {
    topic: "tu-phap-ho-tich",
    kind: "citizen",
    title: "Thay đổi họ cho con sau khi ly hôn",
    body: "Tôi đã ly hôn và được giao nuôi con 8 tuổi. Xin hỏi tôi có thể làm thủ tục thay đổi họ của cháu từ họ cha sang họ mẹ không, cần sự đồng ý của ai?",
    answer:
      "Việc thay đổi họ cho con từ họ cha sang họ mẹ được thực hiện theo yêu cầu của cha, mẹ; con từ đủ 9 tuổi trở lên phải có sự đồng ý của con. Hồ sơ gồm tờ khai theo mẫu và giấy tờ liên quan, nộp tại Ủy ban nhân dân cấp xã nơi đã đăng ký khai sinh hoặc nơi cư trú. Trường hợp cha, mẹ không thống nhất thì cần căn cứ quyết định của Tòa án.",
  },
  {
    topic: "tu-phap-ho-tich",
    kind: "citizen",
    title: "Đăng ký khai tử cho người thân mất tại nhà",
    body: "Ông tôi mất tại nhà ở {noi}. Xin hỏi gia đình phải đăng ký khai tử trong thời hạn bao lâu và cần những giấy tờ gì?",
    answer:
      "Trong thời hạn 15 ngày kể từ ngày có người chết, người thân có trách nhiệm đăng ký khai tử tại Ủy ban nhân dân cấp xã nơi cư trú cuối cùng của người chết. Hồ sơ gồm tờ khai và giấy báo tử hoặc giấy tờ thay giấy báo tử do Ủy ban nhân dân cấp xã cấp đối với trường hợp chết tại nhà. Việc đăng ký khai tử không mất lệ phí.",
  },
  {
    topic: "dat-dai",
    kind: "citizen",
    title: "Chuyển mục đích sử dụng đất vườn sang đất ở",
    body: "Gia đình tôi có 300 m² đất vườn liền kề đất ở tại {noi}. Xin hỏi có được chuyển một phần sang đất ở để xây nhà cho con không và tiền sử dụng đất tính thế nào?",
    answer:
      "Việc chuyển mục đích từ đất vườn sang đất ở phải phù hợp kế hoạch sử dụng đất hằng năm của cấp huyện đã được phê duyệt. Hộ gia đình nộp hồ sơ tại bộ phận một cửa cấp huyện; tiền sử dụng đất bằng chênh lệch giữa tiền sử dụng đất tính theo giá đất ở và giá đất nông nghiệp theo quy định. Phòng Tài nguyên và Môi trường cấp huyện sẽ kiểm tra điều kiện cụ thể của thửa đất.",
  },
  {
    topic: "dat-dai",
    kind: "citizen",
    title: "Cấp đổi Giấy chứng nhận bị rách, mờ",
    body: "Giấy chứng nhận quyền sử dụng đất của gia đình tôi ở {noi} cấp năm 1998 đã bị rách và mờ chữ. Xin hỏi thủ tục cấp đổi và có phải đo đạc lại không?",
    answer:
      "Người sử dụng đất nộp đơn đề nghị cấp đổi kèm bản gốc Giấy chứng nhận đã cấp tại Chi nhánh Văn phòng đăng ký đất đai hoặc bộ phận một cửa cấp huyện. Việc đo đạc lại chỉ thực hiện khi người sử dụng đất có nhu cầu hoặc khi có bản đồ địa chính mới; thời hạn cấp đổi theo quy định về thủ tục hành chính đã công bố.",
  },
  {
    topic: "xay-dung",
    kind: "citizen",
    title: "Điều kiện mua nhà ở xã hội tại thành phố Quảng Ngãi",
    body: "Tôi là công nhân, chưa có nhà ở, đang thuê trọ tại {noi}. Xin hỏi điều kiện để được mua nhà ở xã hội và hiện có dự án nào đang nhận hồ sơ?",
    answer:
      "Người lao động chưa có nhà ở thuộc sở hữu của mình, có thu nhập trong mức quy định và thuộc đối tượng được hỗ trợ thì được đăng ký mua nhà ở xã hội. Danh sách dự án đang nhận hồ sơ và mẫu đơn được Sở Xây dựng công khai trên Trang thông tin điện tử của Sở; hồ sơ nộp trực tiếp cho chủ đầu tư dự án.",
  },
  {
    topic: "thue-phi",
    kind: "citizen",
    title: "Lệ phí cấp bản sao trích lục hộ tịch trực tuyến",
    body: "Tôi cần xin bản sao trích lục khai sinh qua Cổng Dịch vụ công. Xin hỏi lệ phí bao nhiêu và có được giảm khi nộp trực tuyến không?",
    answer:
      "Lệ phí cấp bản sao trích lục hộ tịch được thu theo mức do Hội đồng nhân dân tỉnh và Bộ Tài chính quy định; trong thời gian áp dụng chính sách khuyến khích dịch vụ công trực tuyến, một số khoản phí, lệ phí khi nộp trực tuyến được giảm. Mức thu cụ thể hiển thị khi ông/bà chọn thủ tục trên Cổng Dịch vụ công và thanh toán trực tuyến.",
  },
  {
    topic: "lao-dong-viec-lam",
    kind: "citizen",
    title: "Đăng ký đi làm việc ở nước ngoài theo hợp đồng",
    body: "Tôi 24 tuổi, ở {noi}, muốn đi làm việc tại Hàn Quốc theo chương trình EPS. Xin hỏi đăng ký ở đâu và có được vay vốn không?",
    answer:
      "Người lao động đăng ký dự tuyển chương trình EPS theo thông báo của Trung tâm Lao động ngoài nước, qua Sở Lao động – Thương binh và Xã hội và Phòng Lao động – Thương binh và Xã hội cấp huyện. Người lao động thuộc hộ nghèo, cận nghèo, người dân tộc thiểu số được vay vốn ưu đãi tại Ngân hàng Chính sách xã hội. Ông/bà chỉ nên liên hệ các đơn vị được cấp phép để tránh bị lừa đảo.",
  },
  {
    topic: "giao-duc",
    kind: "citizen",
    title: "Chuyển trường cho học sinh tiểu học khi đổi chỗ ở",
    body: "Gia đình tôi chuyển từ tỉnh khác về {noi}. Xin hỏi thủ tục chuyển trường cho con đang học lớp 3 và có phải chờ hết học kỳ không?",
    answer:
      "Học sinh tiểu học được chuyển trường trong năm học khi gia đình thay đổi nơi cư trú. Phụ huynh nộp đơn đề nghị chuyển trường, học bạ và giấy giới thiệu của trường nơi đi cho trường nơi đến; Phòng Giáo dục và Đào tạo cấp huyện hướng dẫn trường tiếp nhận. Không phải chờ hết học kỳ.",
  },
  {
    topic: "y-te",
    kind: "citizen",
    title: "Tiêm chủng mở rộng cho trẻ tại trạm y tế xã",
    body: "Con tôi 2 tháng tuổi, chúng tôi mới chuyển về {noi}. Xin hỏi cháu có được tiêm chủng miễn phí tại trạm y tế nơi ở mới không?",
    answer:
      "Trẻ em được tiêm chủng miễn phí các vắc xin trong Chương trình tiêm chủng mở rộng tại trạm y tế xã nơi đang sinh sống, không phụ thuộc nơi đăng ký thường trú. Gia đình mang sổ hoặc thông tin tiêm chủng đến trạm y tế để được cập nhật và hẹn lịch tiêm tiếp theo.",
  },
  {
    topic: "giao-thong",
    kind: "citizen",
    title: "Đăng ký xe máy mua lại của người khác",
    body: "Tôi mua lại xe máy cũ nhưng chủ xe đã chuyển đi nơi khác. Xin hỏi tôi có thể làm thủ tục sang tên tại {noi} không?",
    answer:
      "Việc đăng ký sang tên xe thuộc thẩm quyền của cơ quan Công an. Người mua nộp chứng từ chuyển nhượng và giấy tờ xe tại Công an cấp xã hoặc cấp huyện nơi cư trú theo phân cấp; trường hợp không liên hệ được chủ xe, thực hiện theo quy định giải quyết xe đã qua nhiều người. Ông/bà có thể nộp hồ sơ trực tuyến trên Cổng Dịch vụ công quốc gia.",
  },
  {
    topic: "nong-nghiep",
    kind: "citizen",
    title: "Hỗ trợ giống cây trồng để phục hồi sản xuất",
    body: "Vườn keo của gia đình tôi ở {noi} bị gãy đổ sau bão. Xin hỏi có chính sách hỗ trợ giống để trồng lại rừng sản xuất không?",
    answer:
      "Hộ gia đình có rừng trồng bị thiệt hại do thiên tai được xem xét hỗ trợ theo mức độ thiệt hại; ngoài ra tỉnh có chính sách hỗ trợ giống cây lâm nghiệp chất lượng cao khi trồng lại. Gia đình liên hệ Ủy ban nhân dân cấp xã và Hạt Kiểm lâm để được kiểm tra, lập hồ sơ.",
  },
  {
    topic: "dau-tu-kinh-doanh",
    kind: "citizen",
    title: "Chuyển hộ kinh doanh thành doanh nghiệp",
    body: "Hộ kinh doanh của tôi ở {noi} có doanh thu tăng, muốn chuyển thành công ty TNHH. Xin hỏi thủ tục và các hỗ trợ khi chuyển đổi?",
    answer:
      "Hộ kinh doanh chuyển đổi thành doanh nghiệp được hướng dẫn miễn phí về hồ sơ đăng ký doanh nghiệp và miễn lệ phí đăng ký lần đầu, được hỗ trợ tư vấn về thuế, kế toán trong thời gian đầu theo chính sách hỗ trợ doanh nghiệp nhỏ và vừa. Hồ sơ đăng ký doanh nghiệp nộp trực tuyến tại Sở Kế hoạch và Đầu tư.",
  },
];

export const BUSINESS_QUESTIONS: readonly QuestionTemplate[] = [
  {
    topic: "dau-tu-kinh-doanh",
    kind: "business",
    title: "Thủ tục điều chỉnh chủ trương đầu tư khi thay đổi tiến độ dự án",
    body: "Công ty chúng tôi có dự án đầu tư nhà xưởng đã được chấp thuận chủ trương đầu tư. Do khó khăn về vốn, công ty cần giãn tiến độ thêm 12 tháng. Xin hỏi trình tự điều chỉnh và thời gian giải quyết?",
    answer:
      "Nhà đầu tư nộp hồ sơ đề nghị điều chỉnh dự án đầu tư (giãn tiến độ) tại Sở Kế hoạch và Đầu tư, gồm văn bản đề nghị, báo cáo tình hình thực hiện dự án đến thời điểm đề nghị và giải trình lý do. Tổng thời gian giãn tiến độ không quá 24 tháng so với tiến độ đã được chấp thuận, trừ trường hợp bất khả kháng. Sở tổ chức lấy ý kiến cơ quan liên quan và trình Ủy ban nhân dân tỉnh trong thời hạn quy định.",
  },
  {
    topic: "dau-tu-kinh-doanh",
    kind: "business",
    title: "Thay đổi người đại diện theo pháp luật của công ty TNHH",
    body: "Công ty chúng tôi thay đổi người đại diện theo pháp luật. Xin hỏi hồ sơ đăng ký thay đổi gồm những gì và có nộp trực tuyến bằng chữ ký số được không?",
    answer:
      "Doanh nghiệp nộp thông báo thay đổi người đại diện theo pháp luật kèm nghị quyết, quyết định của chủ sở hữu hoặc Hội đồng thành viên và bản sao giấy tờ pháp lý của người đại diện mới. Hồ sơ nộp trực tuyến trên Cổng thông tin quốc gia về đăng ký doanh nghiệp bằng chữ ký số hoặc tài khoản định danh điện tử; thời hạn giải quyết 3 ngày làm việc.",
  },
  {
    topic: "dau-tu-kinh-doanh",
    kind: "business",
    unit: "BQLKKT",
    title: "Ưu đãi đầu tư cho dự án trong Khu kinh tế Dung Quất",
    body: "Doanh nghiệp dự kiến đầu tư nhà máy chế biến gỗ trong Khu kinh tế Dung Quất. Xin hỏi dự án được hưởng những ưu đãi nào về thuế và tiền thuê đất?",
    answer:
      "Dự án đầu tư mới trong khu kinh tế thuộc địa bàn ưu đãi đầu tư, được hưởng ưu đãi thuế thu nhập doanh nghiệp, miễn thuế nhập khẩu hàng hóa tạo tài sản cố định và miễn, giảm tiền thuê đất theo quy định. Ban Quản lý Khu kinh tế hướng dẫn nhà đầu tư xác định ưu đãi cụ thể khi cấp Giấy chứng nhận đăng ký đầu tư; doanh nghiệp có thể liên hệ bộ phận hỗ trợ nhà đầu tư của Ban.",
  },
  {
    topic: "dau-tu-kinh-doanh",
    kind: "business",
    title: "Hỗ trợ doanh nghiệp nhỏ và vừa chuyển đổi số",
    body: "Công ty chúng tôi là doanh nghiệp nhỏ, muốn triển khai phần mềm quản lý bán hàng và hóa đơn điện tử. Xin hỏi tỉnh có chương trình hỗ trợ chi phí chuyển đổi số không?",
    answer:
      "Doanh nghiệp nhỏ và vừa được hỗ trợ tư vấn và một phần chi phí thuê, mua giải pháp chuyển đổi số theo chương trình hỗ trợ doanh nghiệp nhỏ và vừa của tỉnh. Doanh nghiệp đăng ký nhu cầu với Sở Kế hoạch và Đầu tư (Phòng Đăng ký kinh doanh và Hỗ trợ doanh nghiệp) để được xem xét trong kế hoạch hằng năm.",
  },
  {
    topic: "xay-dung",
    kind: "business",
    title: "Giấy phép xây dựng có thời hạn trên đất quy hoạch",
    body: "Công ty muốn xây kho chứa hàng tạm thời trên khu đất đã có quy hoạch nhưng chưa triển khai. Xin hỏi có được cấp giấy phép xây dựng có thời hạn không?",
    answer:
      "Công trình xây dựng trong khu vực đã có quy hoạch được duyệt và công bố nhưng chưa thực hiện, chưa có quyết định thu hồi đất thì có thể được cấp giấy phép xây dựng có thời hạn, phù hợp quy mô công trình do Ủy ban nhân dân tỉnh quy định. Chủ đầu tư cam kết tự tháo dỡ khi Nhà nước thực hiện quy hoạch và không được bồi thường phần công trình xây dựng theo giấy phép có thời hạn.",
  },
  {
    topic: "xay-dung",
    kind: "business",
    title: "Thẩm định báo cáo nghiên cứu khả thi dự án nhóm C",
    body: "Doanh nghiệp làm chủ đầu tư dự án nhà xưởng sử dụng vốn ngoài ngân sách thuộc nhóm C. Xin hỏi báo cáo nghiên cứu khả thi có phải gửi Sở Xây dựng thẩm định không?",
    answer:
      "Dự án sử dụng vốn khác có quy mô nhóm C thì cơ quan chuyên môn về xây dựng chỉ thẩm định báo cáo nghiên cứu khả thi đối với công trình có ảnh hưởng lớn đến an toàn, lợi ích cộng đồng. Trường hợp còn lại, chủ đầu tư tự tổ chức thẩm định và chịu trách nhiệm. Doanh nghiệp gửi thông tin dự án để Sở Xây dựng xác định cụ thể.",
  },
  {
    topic: "thue-phi",
    kind: "business",
    unit: "STC",
    title: "Miễn tiền thuê đất trong thời gian xây dựng cơ bản",
    body: "Dự án của công ty được Nhà nước cho thuê đất trả tiền hằng năm. Xin hỏi công ty có được miễn tiền thuê đất trong thời gian xây dựng cơ bản không và thủ tục đề nghị ra sao?",
    answer:
      "Dự án được Nhà nước cho thuê đất được miễn tiền thuê đất trong thời gian xây dựng cơ bản theo dự án được duyệt nhưng tối đa không quá 3 năm kể từ ngày có quyết định cho thuê đất. Doanh nghiệp nộp hồ sơ đề nghị miễn tại cơ quan thuế quản lý cùng hồ sơ kê khai tiền thuê đất.",
  },
  {
    topic: "thue-phi",
    kind: "business",
    title: "Phí sử dụng công trình kết cấu hạ tầng tại cửa khẩu cảng biển",
    body: "Doanh nghiệp xuất nhập khẩu hàng hóa qua cảng Dung Quất. Xin hỏi mức phí sử dụng công trình kết cấu hạ tầng áp dụng với hàng hóa tạm nhập tái xuất là bao nhiêu?",
    answer:
      "Mức thu phí sử dụng công trình kết cấu hạ tầng, công trình dịch vụ, tiện ích công cộng trong khu vực cửa khẩu cảng biển do Hội đồng nhân dân tỉnh quy định theo loại hàng hóa và phương tiện chứa hàng. Biểu phí hiện hành được niêm yết tại cảng và đăng trên Cổng thông tin điện tử tỉnh; hàng hóa tạm nhập tái xuất áp dụng mức riêng theo biểu phí.",
  },
  {
    topic: "lao-dong-viec-lam",
    kind: "business",
    title: "Báo cáo sử dụng lao động định kỳ của doanh nghiệp",
    body: "Công ty chúng tôi có 45 lao động. Xin hỏi doanh nghiệp phải báo cáo tình hình thay đổi lao động khi nào và gửi báo cáo qua kênh nào?",
    answer:
      "Định kỳ 6 tháng và hằng năm, người sử dụng lao động báo cáo tình hình thay đổi về lao động qua Cổng Dịch vụ công quốc gia; trường hợp không thể báo cáo qua cổng thì gửi bằng văn bản đến Sở Lao động – Thương binh và Xã hội. Thời hạn báo cáo được quy định cụ thể cho kỳ 6 tháng đầu năm và kỳ cả năm.",
  },
  {
    topic: "lao-dong-viec-lam",
    kind: "business",
    title: "Cấp giấy phép lao động cho chuyên gia nước ngoài",
    body: "Công ty cần tuyển một kỹ sư người nước ngoài làm chuyên gia vận hành máy móc trong 2 năm. Xin hỏi trình tự xin giấy phép lao động?",
    answer:
      "Doanh nghiệp báo cáo giải trình nhu cầu sử dụng người lao động nước ngoài và được chấp thuận trước khi nộp hồ sơ cấp giấy phép lao động. Hồ sơ gồm giấy khám sức khỏe, lý lịch tư pháp, văn bằng và giấy tờ chứng minh kinh nghiệm của chuyên gia; thời hạn giấy phép tối đa 2 năm. Hồ sơ nộp trực tuyến tại Sở Lao động – Thương binh và Xã hội.",
  },
  {
    topic: "nong-nghiep",
    kind: "business",
    title: "Chứng nhận cơ sở đủ điều kiện an toàn thực phẩm nông sản",
    body: "Hợp tác xã chúng tôi sơ chế, đóng gói nông sản để bán cho siêu thị. Xin hỏi cần giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm do cơ quan nào cấp?",
    answer:
      "Cơ sở sơ chế, chế biến nông sản thuộc phạm vi quản lý của ngành nông nghiệp được Sở Nông nghiệp và Phát triển nông thôn (qua Chi cục Quản lý chất lượng nông lâm sản và thủy sản) thẩm định, cấp giấy chứng nhận. Thời hạn giấy chứng nhận là 3 năm; cơ sở đã có chứng nhận VietGAP hoặc tương đương được miễn.",
  },
  {
    topic: "giao-thong",
    kind: "business",
    title: "Cấp phù hiệu xe ô tô kinh doanh vận tải hàng hóa",
    body: "Doanh nghiệp vận tải chúng tôi bổ sung 3 xe tải mới. Xin hỏi thủ tục cấp phù hiệu xe tải và có nộp hồ sơ trực tuyến được không?",
    answer:
      "Doanh nghiệp đã có giấy phép kinh doanh vận tải nộp hồ sơ đề nghị cấp phù hiệu cho xe mới tại Sở Giao thông vận tải, gồm giấy đề nghị và thông tin đăng ký xe, thiết bị giám sát hành trình. Hồ sơ nộp trực tuyến; thời hạn cấp 2 ngày làm việc.",
  },
  {
    topic: "dau-tu-kinh-doanh",
    kind: "business",
    title: "Đăng ký địa điểm kinh doanh ở huyện khác",
    body: "Công ty chúng tôi có trụ sở tại thành phố Quảng Ngãi, muốn mở thêm cửa hàng tại huyện Bình Sơn. Xin hỏi phải đăng ký địa điểm kinh doanh hay chi nhánh?",
    answer:
      "Doanh nghiệp có thể đăng ký địa điểm kinh doanh nếu cửa hàng chỉ thực hiện hoạt động kinh doanh cụ thể trong cùng tỉnh nơi đặt trụ sở chính. Thông báo lập địa điểm kinh doanh gửi Phòng Đăng ký kinh doanh – Sở Kế hoạch và Đầu tư trong 10 ngày kể từ ngày quyết định lập; có thể nộp trực tuyến.",
  },
  {
    topic: "xay-dung",
    kind: "business",
    title: "Chứng chỉ năng lực hoạt động xây dựng hạng III",
    body: "Công ty xây dựng chúng tôi mới thành lập, cần chứng chỉ năng lực hạng III để tham gia thi công công trình cấp III. Xin hỏi hồ sơ nộp ở đâu?",
    answer:
      "Sở Xây dựng cấp chứng chỉ năng lực hoạt động xây dựng hạng II, hạng III cho tổ chức có trụ sở trên địa bàn tỉnh. Hồ sơ gồm đơn đề nghị, danh sách và chứng chỉ hành nghề của cá nhân chủ chốt, kê khai máy móc thiết bị và kinh nghiệm; nộp trực tuyến trên Cổng Dịch vụ công.",
  },
  {
    topic: "thue-phi",
    kind: "business",
    title: "Gia hạn nộp thuế cho doanh nghiệp bị thiệt hại do bão lũ",
    body: "Nhà xưởng của công ty bị hư hỏng nặng trong đợt bão vừa qua. Xin hỏi doanh nghiệp có được gia hạn nộp thuế và thủ tục thế nào?",
    answer:
      "Người nộp thuế bị thiệt hại vật chất do thiên tai ảnh hưởng trực tiếp đến sản xuất, kinh doanh được gia hạn nộp thuế theo Luật Quản lý thuế. Doanh nghiệp gửi văn bản đề nghị kèm biên bản xác định thiệt hại đến cơ quan thuế quản lý trực tiếp; Sở Tài chính phối hợp cơ quan thuế hướng dẫn cụ thể.",
  },
  {
    topic: "giao-thong",
    kind: "business",
    title: "Cấp phép thi công công trình trên đường tỉnh",
    body: "Doanh nghiệp cần đào đường để lắp đặt đường ống cấp nước dọc đường tỉnh. Xin hỏi cơ quan nào cấp phép thi công và thời hạn giải quyết?",
    answer:
      "Sở Giao thông vận tải cấp phép thi công công trình thiết yếu trong phạm vi bảo vệ kết cấu hạ tầng đường tỉnh, sau khi công trình đã được chấp thuận xây dựng. Hồ sơ gồm đơn đề nghị, hồ sơ thiết kế, phương án tổ chức giao thông; thời hạn giải quyết 7 ngày làm việc.",
  },
];

export const FEEDBACK_ITEMS: readonly QuestionTemplate[] = [
  {
    topic: "tu-phap-ho-tich",
    kind: "feedback",
    regulation: "Thủ tục đăng ký kết hôn",
    title: "Đề nghị bỏ yêu cầu nộp giấy xác nhận tình trạng hôn nhân khi đã có dữ liệu dân cư",
    body: "Khi đăng ký kết hôn, tôi vẫn được yêu cầu nộp giấy xác nhận tình trạng hôn nhân dù thông tin đã có trong cơ sở dữ liệu quốc gia về dân cư. Đề nghị cơ quan có thẩm quyền khai thác dữ liệu để giảm giấy tờ cho người dân.",
    answer:
      "Sở Tư pháp ghi nhận kiến nghị. Trường hợp cùng đăng ký thường trú trong tỉnh, công chức tư pháp – hộ tịch đã khai thác dữ liệu hộ tịch điện tử để xác minh mà không yêu cầu giấy xác nhận. Đối với người từng cư trú ở tỉnh khác, Sở đã tổng hợp kiến nghị gửi Bộ Tư pháp để hoàn thiện việc kết nối, chia sẻ dữ liệu.",
  },
  {
    topic: "xay-dung",
    kind: "feedback",
    regulation: "Thủ tục cấp giấy phép xây dựng nhà ở riêng lẻ",
    title: "Kiến nghị giảm bản vẽ phải nộp khi xin phép xây nhà ở",
    body: "Hồ sơ xin phép xây nhà ở riêng lẻ yêu cầu nhiều bản vẽ, người dân phải thuê đơn vị thiết kế với chi phí cao. Kiến nghị cho phép sử dụng thiết kế mẫu nhà ở nông thôn do tỉnh ban hành.",
    answer:
      "Sở Xây dựng tiếp thu kiến nghị và đang hoàn thiện bộ thiết kế mẫu nhà ở riêng lẻ cho khu vực nông thôn để người dân sử dụng miễn phí. Khi ban hành, hồ sơ xin phép sử dụng thiết kế mẫu chỉ cần bản vẽ mặt bằng vị trí công trình trên lô đất.",
  },
  {
    topic: "dat-dai",
    kind: "feedback",
    regulation: "Thủ tục đăng ký biến động quyền sử dụng đất",
    title: "Thời gian đăng ký biến động đất đai còn kéo dài",
    body: "Hồ sơ đăng ký biến động do nhận chuyển nhượng của tôi nộp tại {noi} bị trễ hẹn nhiều ngày mà không được thông báo lý do. Đề nghị cải tiến việc thông báo tiến độ cho người dân.",
    answer:
      "Sở Tài nguyên và Môi trường đã chỉ đạo Văn phòng đăng ký đất đai rà soát các hồ sơ trễ hạn, gửi thư xin lỗi và hẹn lại thời gian trả kết quả. Từ quý tới, người nộp hồ sơ được thông báo tự động qua tin nhắn khi hồ sơ chuyển bước và khi có nguy cơ trễ hạn.",
  },
  {
    topic: "dau-tu-kinh-doanh",
    kind: "feedback",
    regulation: "Quy định về đăng ký hộ kinh doanh",
    title: "Kiến nghị cho phép đăng ký hộ kinh doanh hoàn toàn trực tuyến",
    body: "Hiện nay khi đăng ký hộ kinh doanh vẫn phải đến nhận kết quả trực tiếp. Kiến nghị cho phép nhận giấy chứng nhận bản điện tử có giá trị pháp lý để giảm đi lại.",
    answer:
      "Sở Kế hoạch và Đầu tư tiếp thu và đã hướng dẫn cơ quan đăng ký kinh doanh cấp huyện trả kết quả bản điện tử có chữ ký số cho hồ sơ nộp trực tuyến; người dân chỉ nhận bản giấy khi có yêu cầu.",
  },
  {
    topic: "giao-thong",
    kind: "feedback",
    regulation: "Quy định về thời gian hoạt động của xe tải trong đô thị",
    title: "Góp ý khung giờ cấm xe tải vào trung tâm thành phố",
    body: "Quy định cấm xe tải trên 2,5 tấn vào trung tâm thành phố Quảng Ngãi từ 6 giờ đến 20 giờ gây khó khăn cho việc giao hàng của các cửa hàng nhỏ. Kiến nghị rút ngắn khung giờ cấm vào giờ cao điểm.",
    answer:
      "Sở Giao thông vận tải đã tổng hợp góp ý và phối hợp Ủy ban nhân dân thành phố Quảng Ngãi đánh giá lưu lượng giao thông. Dự thảo điều chỉnh chỉ cấm trong giờ cao điểm sáng và chiều sẽ được đăng lấy ý kiến trên Cổng thông tin điện tử tỉnh.",
  },
  {
    topic: "lao-dong-viec-lam",
    kind: "feedback",
    regulation: "Thủ tục giải quyết hưởng trợ cấp thất nghiệp",
    title: "Đề nghị cho phép thông báo tìm việc hằng tháng qua mạng",
    body: "Người hưởng trợ cấp thất nghiệp phải đến trung tâm thông báo tìm kiếm việc làm hằng tháng, rất bất tiện với người ở xa như {noi}. Đề nghị cho phép thông báo trực tuyến.",
    answer:
      "Trung tâm Dịch vụ việc làm tỉnh đã triển khai tiếp nhận thông báo tìm kiếm việc làm hằng tháng qua Cổng Dịch vụ công và thư điện tử cho người có lý do chính đáng; các trường hợp còn lại thực hiện theo quy định hiện hành. Sở tiếp tục kiến nghị Bộ cho phép áp dụng rộng rãi.",
  },
];

/** Why the editorial board did not take a question up (shown to the asker, not published). */
export const REJECT_REASONS: readonly string[] = [
  "Nội dung câu hỏi trùng với câu hỏi đã được trả lời; đề nghị xem câu trả lời đã công bố trong mục Hỏi đáp.",
  "Nội dung là khiếu nại đối với vụ việc cụ thể; đề nghị gửi đơn theo thủ tục giải quyết khiếu nại tại cơ quan có thẩm quyền.",
  "Câu hỏi chưa đủ thông tin để trả lời; đề nghị gửi lại với nội dung cụ thể hơn.",
];

/** A unit's note when it sends a wrongly routed question back to the editorial board. */
export const SEND_BACK_NOTE = "Nội dung không thuộc thẩm quyền của đơn vị, đề nghị chuyển cơ quan khác.";
/** A leader's note when returning a draft answer. */
export const RETURN_NOTE = "Đề nghị bổ sung căn cứ pháp lý và hướng dẫn nơi nộp hồ sơ.";
