import type { CategoryTheme } from "./category-trees.js";

/**
 * Story templates of the demo articles. `{slot}` marks a value filled per article (see article-writer.ts): the unit
 * and its area, a leader, a place, numbers and dates derived from the publish date. Every sentence is meant to read as
 * a provincial portal would publish it; the facts (projects, figures) are plausible, not real.
 */
export interface StorySection {
  heading?: string;
  paragraphs: string[];
}

export interface StoryTemplate {
  titles: string[];
  leads: string[];
  sections: StorySection[];
  list?: { intro: string; items: string[] };
  tags: string[];
}

/** Themes whose articles may end with one of the CLOSINGS; notices, procedures and figures end with their facts. */
export const CLOSING_THEMES: ReadonlySet<CategoryTheme> = new Set([
  "leaders",
  "direction",
  "economy",
  "society",
  "planning",
  "unit_news",
  "unit_directives",
]);

export const CLOSINGS: string[] = [
  "Thời gian tới, {don_vi} tiếp tục phối hợp chặt chẽ với các sở, ban, ngành và địa phương, tập trung tháo gỡ khó khăn, vướng mắc, phấn đấu hoàn thành các chỉ tiêu đã đề ra trong năm {nam}.",
  "Các cơ quan, đơn vị được giao nhiệm vụ có trách nhiệm tổ chức thực hiện nghiêm túc, định kỳ báo cáo kết quả để kịp thời chỉ đạo, điều hành.",
  "Người dân, doanh nghiệp cần biết thêm thông tin có thể liên hệ trực tiếp {don_vi} hoặc gửi câu hỏi qua mục Hỏi đáp trên Cổng thông tin điện tử tỉnh.",
  "Kết quả này góp phần quan trọng vào mục tiêu phát triển kinh tế – xã hội nhanh, bền vững mà Nghị quyết Đại hội Đảng bộ tỉnh đã đề ra.",
];

export const STORIES: Record<CategoryTheme, StoryTemplate[]> = {
  leaders: [
    {
      titles: ["{chuc_vu} {lanh_dao} kiểm tra tiến độ {du_an}", "Lãnh đạo tỉnh kiểm tra thực địa {du_an}"],
      leads: [
        "Sáng {ngay}, {chuc_vu} {lanh_dao} dẫn đầu đoàn công tác của tỉnh kiểm tra thực địa tiến độ thi công {du_an}.",
      ],
      sections: [
        {
          paragraphs: [
            "Theo báo cáo của chủ đầu tư, đến nay khối lượng thi công đạt khoảng {pct}% giá trị hợp đồng; nhà thầu đã huy động {so_nho} mũi thi công, tập trung hoàn thành nền đường và các hạng mục cầu, cống trước mùa mưa bão.",
            "Tuy nhiên, công tác bồi thường, giải phóng mặt bằng tại một số đoạn qua {huyen} còn chậm do vướng mắc về xác định nguồn gốc đất và tái định cư cho các hộ dân.",
          ],
        },
        {
          heading: "Không để thiếu mặt bằng thi công",
          paragraphs: [
            "Phát biểu kết luận, {chuc_vu} {lanh_dao} yêu cầu các địa phương có dự án đi qua khẩn trương hoàn thành công tác kiểm đếm, lập phương án bồi thường, bàn giao mặt bằng sạch cho nhà thầu trong tháng {thang}.",
            "Chủ đầu tư phải đôn đốc nhà thầu tăng ca, bổ sung thiết bị, bảo đảm chất lượng công trình và an toàn lao động; kiên quyết xử lý nhà thầu chậm tiến độ.",
          ],
        },
      ],
      tags: ["giao thông", "đầu tư công", "giải phóng mặt bằng"],
    },
    {
      titles: ["{chuc_vu} {lanh_dao} tiếp và làm việc với đoàn doanh nghiệp {quoc_gia}"],
      leads: [
        "Chiều {ngay}, tại trụ sở Ủy ban nhân dân tỉnh, {chuc_vu} {lanh_dao} đã tiếp và làm việc với đoàn doanh nghiệp {quoc_gia} đang tìm hiểu cơ hội đầu tư tại Khu kinh tế Dung Quất.",
      ],
      sections: [
        {
          paragraphs: [
            "Tại buổi làm việc, đại diện đoàn cho biết doanh nghiệp quan tâm đến lĩnh vực công nghiệp hỗ trợ, chế biến sâu sau lọc hóa dầu và năng lượng tái tạo, dự kiến tổng vốn đầu tư khoảng {von_usd} triệu USD.",
            "{chuc_vu} {lanh_dao} giới thiệu tiềm năng, lợi thế của tỉnh: cảng biển nước sâu Dung Quất, hạ tầng khu công nghiệp đồng bộ, nguồn lao động dồi dào và cơ chế hỗ trợ nhà đầu tư theo phương châm “một cửa, tại chỗ”.",
          ],
        },
        {
          heading: "Cam kết đồng hành cùng nhà đầu tư",
          paragraphs: [
            "Lãnh đạo tỉnh khẳng định Quảng Ngãi luôn chào đón và tạo điều kiện thuận lợi nhất cho nhà đầu tư; giao Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi làm đầu mối hướng dẫn thủ tục, giới thiệu địa điểm phù hợp.",
          ],
        },
      ],
      tags: ["đầu tư", "Dung Quất", "xúc tiến đầu tư"],
    },
    {
      titles: ["Lãnh đạo tỉnh đối thoại với doanh nghiệp quý {quy} năm {nam}"],
      leads: [
        "Ngày {ngay}, Ủy ban nhân dân tỉnh tổ chức hội nghị đối thoại với doanh nghiệp, nhà đầu tư nhằm tháo gỡ khó khăn, vướng mắc trong sản xuất, kinh doanh.",
      ],
      sections: [
        {
          paragraphs: [
            "Hội nghị đã nhận được {so_nho} ý kiến, kiến nghị của doanh nghiệp, tập trung vào thủ tục đất đai, giải ngân vốn vay ưu đãi, phòng cháy chữa cháy và kết nối hạ tầng giao thông đến các khu công nghiệp.",
            "Lãnh đạo các sở, ngành đã trả lời trực tiếp từng nội dung; những kiến nghị vượt thẩm quyền được tổng hợp, báo cáo các bộ, ngành Trung ương xem xét, giải quyết.",
          ],
        },
        {
          heading: "Trả lời bằng văn bản trong 15 ngày",
          paragraphs: [
            "Kết luận hội nghị, {chuc_vu} {lanh_dao} yêu cầu các cơ quan chuyên môn trả lời bằng văn bản các kiến nghị còn lại trong thời hạn 15 ngày và công khai kết quả trên Cổng thông tin điện tử tỉnh.",
          ],
        },
      ],
      tags: ["doanh nghiệp", "cải thiện môi trường đầu tư"],
    },
    {
      titles: ["Chủ tịch Ủy ban nhân dân tỉnh tiếp công dân định kỳ tháng {thang}"],
      leads: [
        "Ngày {ngay}, tại Trụ sở Tiếp công dân tỉnh, Chủ tịch Ủy ban nhân dân tỉnh chủ trì buổi tiếp công dân định kỳ tháng {thang} năm {nam}.",
      ],
      sections: [
        {
          paragraphs: [
            "Tại buổi tiếp, {so_nho} công dân đã trình bày các nội dung liên quan đến bồi thường, hỗ trợ khi Nhà nước thu hồi đất thực hiện các dự án tại {huyen} và việc cấp giấy chứng nhận quyền sử dụng đất.",
            "Sau khi nghe ý kiến của công dân và các cơ quan chuyên môn, Chủ tịch Ủy ban nhân dân tỉnh đã trả lời, giải thích cụ thể từng trường hợp theo quy định của pháp luật.",
          ],
        },
        {
          paragraphs: [
            "Đối với những nội dung cần xác minh thêm, Chủ tịch Ủy ban nhân dân tỉnh giao Thanh tra tỉnh chủ trì, phối hợp với địa phương kiểm tra, báo cáo đề xuất hướng giải quyết dứt điểm, không để phát sinh khiếu nại vượt cấp.",
          ],
        },
      ],
      tags: ["tiếp công dân", "khiếu nại tố cáo"],
    },
    {
      titles: ["Lãnh đạo tỉnh thăm, tặng quà gia đình chính sách tại {huyen}"],
      leads: [
        "Trong chương trình công tác tại cơ sở, {chuc_vu} {lanh_dao} đã đến thăm, tặng quà các gia đình chính sách, người có công với cách mạng tại {huyen}.",
      ],
      sections: [
        {
          paragraphs: [
            "Tại các nơi đến thăm, {chuc_vu} ân cần hỏi thăm sức khỏe, đời sống của các gia đình; bày tỏ lòng biết ơn sâu sắc đối với những hy sinh, cống hiến của các thương binh, thân nhân liệt sĩ cho sự nghiệp giải phóng dân tộc.",
            "Đồng chí đề nghị chính quyền địa phương tiếp tục quan tâm chăm lo, thực hiện đầy đủ, kịp thời các chế độ, chính sách đối với người có công, không để gia đình chính sách nào có mức sống thấp hơn mức sống trung bình của dân cư nơi cư trú.",
          ],
        },
      ],
      tags: ["người có công", "an sinh xã hội"],
    },
  ],
  direction: [
    {
      titles: ["Ủy ban nhân dân tỉnh chỉ đạo đẩy nhanh giải ngân vốn đầu tư công năm {nam}"],
      leads: [
        "Chủ tịch Ủy ban nhân dân tỉnh vừa ký văn bản yêu cầu các sở, ban, ngành và địa phương tập trung đẩy nhanh tiến độ giải ngân kế hoạch vốn đầu tư công năm {nam}.",
      ],
      sections: [
        {
          paragraphs: [
            "Theo báo cáo của Sở Tài chính, đến hết tháng {thang_truoc}, toàn tỉnh mới giải ngân được {pct}% kế hoạch vốn được giao, thấp hơn mức bình quân chung của cả nước.",
            "Nguyên nhân chủ yếu là công tác bồi thường, giải phóng mặt bằng còn vướng mắc; một số chủ đầu tư chưa quyết liệt, năng lực của một số nhà thầu còn hạn chế.",
          ],
        },
        {
          heading: "Người đứng đầu chịu trách nhiệm",
          paragraphs: [
            "Ủy ban nhân dân tỉnh yêu cầu người đứng đầu các cơ quan, đơn vị chịu trách nhiệm trước Chủ tịch Ủy ban nhân dân tỉnh về kết quả giải ngân; kết quả giải ngân là tiêu chí đánh giá mức độ hoàn thành nhiệm vụ năm {nam}.",
          ],
        },
      ],
      list: {
        intro: "Các nhiệm vụ trọng tâm được giao:",
        items: [
          "Lập kế hoạch giải ngân chi tiết theo từng tháng cho từng dự án;",
          "Điều chuyển vốn từ dự án chậm giải ngân sang dự án có khả năng giải ngân tốt;",
          "Nghiệm thu, thanh toán ngay khi có khối lượng hoàn thành;",
          "Báo cáo tiến độ về Sở Tài chính trước ngày 25 hằng tháng.",
        ],
      },
      tags: ["đầu tư công", "giải ngân"],
    },
    {
      titles: ["Chủ động ứng phó với mưa lớn, lũ lụt trong mùa mưa bão năm {nam}"],
      leads: [
        "Ủy ban nhân dân tỉnh yêu cầu các địa phương, đơn vị triển khai đồng bộ các biện pháp phòng, chống thiên tai, bảo đảm an toàn tính mạng và tài sản của Nhân dân.",
      ],
      sections: [
        {
          paragraphs: [
            "Theo dự báo của cơ quan khí tượng, từ nay đến cuối năm có khả năng xuất hiện từ 4 đến 6 cơn bão và áp thấp nhiệt đới ảnh hưởng trực tiếp đến khu vực Trung Bộ, kèm theo mưa lớn diện rộng.",
            "Các huyện miền núi như Ba Tơ, Sơn Tây, Sơn Hà, Minh Long, Trà Bồng phải rà soát các khu vực có nguy cơ sạt lở đất, lũ quét; chủ động di dời dân đến nơi an toàn khi có mưa lớn kéo dài.",
          ],
        },
        {
          heading: "Bảo đảm an toàn hồ đập và tàu thuyền",
          paragraphs: [
            "Các đơn vị quản lý hồ chứa vận hành đúng quy trình, không để xảy ra sự cố; bộ đội biên phòng và các địa phương ven biển kiểm đếm, hướng dẫn tàu thuyền vào nơi trú tránh an toàn, đặc biệt là tàu cá của ngư dân Lý Sơn, Bình Sơn và Đức Phổ.",
          ],
        },
      ],
      tags: ["phòng chống thiên tai", "mưa bão"],
    },
    {
      titles: ["Nâng cao chất lượng giải quyết thủ tục hành chính theo cơ chế một cửa, một cửa liên thông"],
      leads: [
        "Chủ tịch Ủy ban nhân dân tỉnh yêu cầu các cơ quan, địa phương chấn chỉnh tình trạng trễ hạn trong giải quyết hồ sơ thủ tục hành chính cho người dân, doanh nghiệp.",
      ],
      sections: [
        {
          paragraphs: [
            "Trong quý {quy_truoc}, Trung tâm Phục vụ hành chính công tỉnh đã tiếp nhận {so_lon} hồ sơ, trong đó {pct_cao}% được giải quyết đúng hạn và trước hạn; tỷ lệ hồ sơ nộp trực tuyến tiếp tục tăng.",
            "Tuy nhiên, vẫn còn hồ sơ trễ hạn mà không có văn bản xin lỗi người dân theo quy định; một số thủ tục yêu cầu thành phần hồ sơ không đúng với quyết định công bố.",
          ],
        },
        {
          heading: "Xin lỗi khi trễ hạn, công khai kết quả",
          paragraphs: [
            "Các cơ quan phải gửi văn bản xin lỗi và hẹn lại thời gian trả kết quả đối với mọi hồ sơ trễ hạn; kết quả giải quyết thủ tục hành chính được công khai trên Cổng dịch vụ công của tỉnh để người dân theo dõi, đánh giá.",
          ],
        },
      ],
      tags: ["cải cách hành chính", "một cửa", "dịch vụ công trực tuyến"],
    },
    {
      titles: ["Đẩy mạnh chuyển đổi số trong hoạt động của cơ quan nhà nước"],
      leads: [
        "Ủy ban nhân dân tỉnh ban hành văn bản chỉ đạo các sở, ban, ngành và địa phương đẩy mạnh chuyển đổi số, xây dựng chính quyền số năm {nam}.",
      ],
      sections: [
        {
          paragraphs: [
            "Mục tiêu đến cuối năm, 100% văn bản trao đổi giữa các cơ quan nhà nước (trừ văn bản mật) được gửi, nhận dưới dạng điện tử và ký số; tối thiểu {pct_cao}% hồ sơ công việc cấp tỉnh được xử lý trên môi trường mạng.",
            "Sở Thông tin và Truyền thông được giao hướng dẫn, kiểm tra việc bảo đảm an toàn thông tin cho các hệ thống dùng chung của tỉnh, tổ chức diễn tập ứng cứu sự cố ít nhất một lần trong năm.",
          ],
        },
      ],
      list: {
        intro: "Một số chỉ tiêu chính năm {nam}:",
        items: [
          "Tỷ lệ dịch vụ công trực tuyến toàn trình đạt trên 80%;",
          "Tỷ lệ hồ sơ được số hóa kết quả giải quyết đạt 100%;",
          "Mỗi thôn, tổ dân phố có ít nhất một tổ công nghệ số cộng đồng.",
        ],
      },
      tags: ["chuyển đổi số", "chính quyền số"],
    },
    {
      titles: ["Bảo đảm trật tự, an toàn giao thông dịp cuối năm và Tết Nguyên đán"],
      leads: [
        "Ủy ban nhân dân tỉnh yêu cầu Ban An toàn giao thông tỉnh, Công an tỉnh và các địa phương tăng cường tuần tra, kiểm soát, xử lý nghiêm vi phạm.",
      ],
      sections: [
        {
          paragraphs: [
            "Trong {so_thang} tháng đầu năm {nam}, trên địa bàn tỉnh xảy ra nhiều vụ tai nạn giao thông, chủ yếu do người điều khiển phương tiện sử dụng rượu bia, chạy quá tốc độ và không đội mũ bảo hiểm.",
            "Lực lượng chức năng tập trung kiểm soát nồng độ cồn, tốc độ trên Quốc lộ 1, Quốc lộ 24B, tuyến Dốc Sỏi – Dung Quất và các tuyến đường ven biển; bảo đảm an toàn cho người dân đi lại dịp lễ, Tết.",
          ],
        },
      ],
      tags: ["an toàn giao thông"],
    },
  ],
  economy: [
    {
      titles: [
        "Khu kinh tế Dung Quất thu hút thêm {so_nho} dự án mới",
        "Dung Quất tiếp tục là điểm sáng thu hút đầu tư",
      ],
      leads: [
        "Từ đầu năm {nam} đến nay, Khu kinh tế Dung Quất và các khu công nghiệp của tỉnh đã cấp mới chủ trương đầu tư cho {so_nho} dự án với tổng vốn đăng ký hơn {von_ty} tỷ đồng.",
      ],
      sections: [
        {
          paragraphs: [
            "Các dự án mới tập trung vào lĩnh vực công nghiệp chế biến, chế tạo, logistics và năng lượng sạch, góp phần đa dạng hóa cơ cấu công nghiệp vốn phụ thuộc nhiều vào Nhà máy lọc dầu Dung Quất và Khu liên hợp gang thép.",
            "Hệ thống cảng biển Dung Quất tiếp tục được đầu tư mở rộng, sản lượng hàng hóa thông qua cảng tăng {pct}% so với cùng kỳ, khẳng định vai trò động lực tăng trưởng của khu vực miền Trung.",
          ],
        },
        {
          heading: "Ưu tiên dự án công nghệ cao, thân thiện môi trường",
          paragraphs: [
            "Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi cho biết sẽ ưu tiên thu hút các dự án có hàm lượng công nghệ cao, sử dụng ít lao động phổ thông, bảo đảm các yêu cầu về bảo vệ môi trường.",
          ],
        },
      ],
      tags: ["Dung Quất", "đầu tư", "khu công nghiệp"],
    },
    {
      titles: ["Nông dân Lý Sơn xuống giống tỏi vụ mới", "Lý Sơn mở rộng vùng trồng tỏi theo hướng hữu cơ"],
      leads: [
        "Những ngày này, trên các cánh đồng ở huyện đảo Lý Sơn, nông dân tất bật làm đất, xuống giống tỏi vụ đông xuân với diện tích khoảng {so_tram} ha.",
      ],
      sections: [
        {
          paragraphs: [
            "Tỏi Lý Sơn đã được cấp chỉ dẫn địa lý, là sản phẩm chủ lực mang lại thu nhập chính cho người dân trên đảo. Năm nay, giá tỏi giống ổn định, thời tiết thuận lợi nên bà con phấn khởi bước vào vụ mới.",
            "Ngành nông nghiệp khuyến cáo nông dân hạn chế khai thác cát biển để phủ ruộng, sử dụng phân hữu cơ, áp dụng tưới nhỏ giọt tiết kiệm nước nhằm bảo vệ nguồn nước ngầm vốn khan hiếm trên đảo.",
          ],
        },
      ],
      tags: ["Lý Sơn", "nông nghiệp", "tỏi Lý Sơn"],
    },
    {
      titles: [
        "Du lịch Quảng Ngãi đón hơn {so_nghin} nghìn lượt khách trong {so_thang} tháng",
        "Lý Sơn, Mỹ Khê, Sa Huỳnh hút khách dịp hè",
      ],
      leads: [
        "Trong {so_thang} tháng đầu năm {nam}, tổng lượt khách du lịch đến Quảng Ngãi ước đạt hơn {so_nghin} nghìn lượt, tăng {pct}% so với cùng kỳ năm trước.",
      ],
      sections: [
        {
          paragraphs: [
            "Các điểm đến biển, đảo như Lý Sơn, bãi biển Mỹ Khê, Sa Huỳnh tiếp tục thu hút đông du khách. Nhiều cơ sở lưu trú được nâng cấp, các tuyến tàu cao tốc Sa Kỳ – Lý Sơn tăng chuyến vào cuối tuần.",
            "Bên cạnh du lịch biển, các sản phẩm du lịch cộng đồng tại vùng đồng bào Cor ở Trà Bồng, đồng bào Hrê ở Ba Tơ và Minh Long bước đầu tạo sức hút với du khách yêu thích khám phá văn hóa bản địa.",
          ],
        },
        {
          heading: "Nâng cao chất lượng dịch vụ",
          paragraphs: [
            "Sở Văn hóa, Thể thao và Du lịch đề nghị các địa phương tăng cường quản lý giá dịch vụ, vệ sinh môi trường tại điểm đến, xử lý nghiêm tình trạng chèo kéo, nâng giá đối với du khách.",
          ],
        },
      ],
      tags: ["du lịch", "Lý Sơn", "Mỹ Khê", "Sa Huỳnh"],
    },
    {
      titles: ["Kim ngạch xuất khẩu {so_thang} tháng tăng {pct}% so với cùng kỳ"],
      leads: [
        "Theo Sở Công thương, kim ngạch xuất khẩu hàng hóa trên địa bàn tỉnh {so_thang} tháng đầu năm {nam} ước đạt {von_usd} triệu USD, tăng {pct}% so với cùng kỳ.",
      ],
      sections: [
        {
          paragraphs: [
            "Các mặt hàng xuất khẩu chủ lực gồm sản phẩm thép, xơ sợi, dăm gỗ, tinh bột mì và thủy sản chế biến. Thị trường xuất khẩu được mở rộng sang Nhật Bản, Hàn Quốc, các nước ASEAN và Liên minh châu Âu.",
            "Để duy trì đà tăng trưởng, ngành công thương tiếp tục hỗ trợ doanh nghiệp tham gia hội chợ, triển lãm, khai thác hiệu quả các hiệp định thương mại tự do mà Việt Nam đã ký kết.",
          ],
        },
      ],
      tags: ["xuất khẩu", "công thương"],
    },
    {
      titles: ["Phát triển sản phẩm OCOP gắn với du lịch nông thôn"],
      leads: [
        "Đến nay, toàn tỉnh có {so_tram} sản phẩm đạt chứng nhận OCOP từ 3 sao trở lên, trong đó nhiều sản phẩm đặc trưng như quế Trà Bồng, tỏi Lý Sơn, mạch nha, kẹo gương đã có mặt tại các hệ thống phân phối lớn.",
      ],
      sections: [
        {
          paragraphs: [
            "Chương trình Mỗi xã một sản phẩm (OCOP) không chỉ giúp nâng cao giá trị nông sản mà còn tạo điều kiện để các hợp tác xã, hộ sản xuất tiếp cận thị trường, quảng bá hình ảnh quê hương.",
            "Thời gian tới, tỉnh tập trung hỗ trợ các chủ thể hoàn thiện bao bì, nhãn mác, truy xuất nguồn gốc và đưa sản phẩm lên các sàn thương mại điện tử.",
          ],
        },
      ],
      tags: ["OCOP", "nông thôn mới", "nông nghiệp"],
    },
  ],
  society: [
    {
      titles: ["Trang trọng Lễ Khao lề thế lính Hoàng Sa trên đảo Lý Sơn"],
      leads: [
        "Lễ Khao lề thế lính Hoàng Sa – Di sản văn hóa phi vật thể quốc gia – được tổ chức trang trọng tại huyện đảo Lý Sơn, thu hút đông đảo người dân và du khách.",
      ],
      sections: [
        {
          paragraphs: [
            "Nghi lễ tái hiện truyền thống tri ân những người lính trong Hải đội Hoàng Sa kiêm quản Bắc Hải năm xưa đã vượt biển ra Hoàng Sa, Trường Sa đo đạc, cắm mốc, khẳng định chủ quyền biển đảo của Tổ quốc.",
            "Những chiếc thuyền câu bằng giấy mang theo hình nhân thế mạng được thả ra biển, gửi gắm lòng biết ơn của hậu thế với các bậc tiền nhân.",
          ],
        },
      ],
      tags: ["Lý Sơn", "văn hóa", "Hoàng Sa"],
    },
    {
      titles: [
        "Ngành giáo dục sẵn sàng cho năm học mới",
        "Hơn {so_nghin} nghìn học sinh tựu trường năm học mới",
      ],
      leads: [
        "Năm học mới, toàn tỉnh có hơn {so_nghin} nghìn học sinh các cấp; ngành giáo dục đã chuẩn bị đầy đủ trường lớp, sách giáo khoa và đội ngũ giáo viên.",
      ],
      sections: [
        {
          paragraphs: [
            "Nhiều phòng học được xây mới, sửa chữa, đặc biệt tại các huyện miền núi như Sơn Tây, Minh Long, Ba Tơ. Các trường phổ thông dân tộc bán trú được bổ sung nhà ở, bếp ăn cho học sinh.",
            "Sở Giáo dục và Đào tạo yêu cầu các trường không để học sinh nào phải nghỉ học vì hoàn cảnh khó khăn, thực hiện nghiêm quy định về các khoản thu đầu năm học.",
          ],
        },
      ],
      tags: ["giáo dục", "năm học mới"],
    },
    {
      titles: ["Bảo tồn và phát huy giá trị Văn hóa Sa Huỳnh"],
      leads: [
        "Hội thảo khoa học về bảo tồn và phát huy giá trị Di tích quốc gia đặc biệt Văn hóa Sa Huỳnh đã được tổ chức tại huyện Đức Phổ.",
      ],
      sections: [
        {
          paragraphs: [
            "Các nhà khoa học đánh giá Văn hóa Sa Huỳnh có niên đại khoảng 2.500 năm, với những phát hiện tiêu biểu về mộ chum, đồ gốm, trang sức bằng đá và thủy tinh, là một trong ba trung tâm văn hóa cổ của Việt Nam.",
            "Hội thảo kiến nghị sớm xây dựng bảo tàng tại chỗ, gắn bảo tồn di tích với phát triển du lịch di sản, đồng thời nâng cao nhận thức của cộng đồng trong bảo vệ các di chỉ khảo cổ.",
          ],
        },
      ],
      tags: ["Sa Huỳnh", "di sản", "văn hóa"],
    },
    {
      titles: ["Khám sàng lọc bệnh không lây nhiễm cho người dân vùng cao"],
      leads: [
        "Ngành y tế phối hợp với các địa phương tổ chức khám, sàng lọc tăng huyết áp, đái tháo đường miễn phí cho hơn {so_nghin} người dân tại {huyen_mien_nui}.",
      ],
      sections: [
        {
          paragraphs: [
            "Người dân được đo huyết áp, xét nghiệm đường huyết, tư vấn chế độ dinh dưỡng và cấp thuốc theo chỉ định. Các trường hợp phát hiện bệnh được lập hồ sơ quản lý, theo dõi tại trạm y tế xã.",
            "Sở Y tế cho biết sẽ mở rộng mô hình này đến tất cả các xã miền núi, gắn với việc triển khai hồ sơ sức khỏe điện tử cho từng người dân.",
          ],
        },
      ],
      tags: ["y tế", "miền núi"],
    },
    {
      titles: ["Sôi nổi Lễ hội đua thuyền truyền thống trên sông Trà Khúc"],
      leads: [
        "Lễ hội đua thuyền truyền thống trên sông Trà Khúc đã diễn ra sôi nổi với sự tham gia của {so_nho} đội thuyền đến từ các địa phương trong tỉnh.",
      ],
      sections: [
        {
          paragraphs: [
            "Hàng nghìn người dân và du khách đã đứng kín hai bên bờ sông cổ vũ các đội đua. Lễ hội là dịp để giữ gìn nét văn hóa sông nước, tăng cường tinh thần đoàn kết trong cộng đồng.",
          ],
        },
      ],
      tags: ["lễ hội", "thể thao", "sông Trà Khúc"],
    },
  ],
  announcements: [
    {
      titles: ["Thông báo lịch tiếp công dân định kỳ tháng {thang_hop}/{nam_hop}"],
      leads: ["{don_vi} thông báo lịch tiếp công dân định kỳ tháng {thang_hop} năm {nam_hop} như sau."],
      sections: [
        {
          paragraphs: [
            "Thời gian: từ 7 giờ 30 phút ngày {ngay_hop}. Địa điểm: Trụ sở Tiếp công dân của {don_vi}.",
            "Công dân đến trình bày khiếu nại, tố cáo, kiến nghị, phản ánh mang theo căn cước công dân và các giấy tờ, tài liệu có liên quan.",
          ],
        },
      ],
      tags: ["tiếp công dân", "thông báo"],
    },
    {
      titles: ["Thông báo tuyển dụng viên chức năm {nam}"],
      leads: [
        "{don_vi} thông báo tuyển dụng viên chức làm việc tại các đơn vị sự nghiệp trực thuộc năm {nam}.",
      ],
      sections: [
        {
          paragraphs: [
            "Số lượng cần tuyển: {so_nho} chỉ tiêu. Người đăng ký dự tuyển nộp Phiếu đăng ký theo mẫu trực tiếp hoặc qua dịch vụ bưu chính công ích trong thời hạn 30 ngày kể từ ngày thông báo.",
            "Nội dung, hình thức xét tuyển và danh sách vị trí việc làm được đăng tải đầy đủ tại tệp đính kèm và niêm yết tại trụ sở cơ quan.",
          ],
        },
      ],
      tags: ["tuyển dụng", "thông báo"],
    },
    {
      titles: ["Thông báo tạm dừng hệ thống dịch vụ công trực tuyến để nâng cấp"],
      leads: [
        "Để nâng cấp hạ tầng, hệ thống thông tin giải quyết thủ tục hành chính của tỉnh sẽ tạm dừng hoạt động từ 20 giờ ngày {ngay_hop} đến 6 giờ sáng hôm sau.",
      ],
      sections: [
        {
          paragraphs: [
            "Trong thời gian này, người dân, doanh nghiệp không thể nộp hồ sơ trực tuyến; các hồ sơ đã nộp vẫn được xử lý bình thường theo thời hạn đã hẹn.",
            "Mong quý cơ quan, tổ chức và người dân thông cảm. Mọi thắc mắc xin liên hệ tổng đài hỗ trợ 0255 3 822 000.",
          ],
        },
      ],
      tags: ["dịch vụ công trực tuyến", "thông báo"],
    },
    {
      titles: ["Thông báo lấy ý kiến dự thảo quy định về quản lý {linh_vuc}"],
      leads: [
        "{don_vi} đăng tải dự thảo quyết định ban hành quy định về quản lý {linh_vuc} trên địa bàn tỉnh để lấy ý kiến góp ý của tổ chức, cá nhân.",
      ],
      sections: [
        {
          paragraphs: [
            "Thời gian lấy ý kiến: 30 ngày kể từ ngày đăng tải. Ý kiến góp ý gửi bằng văn bản về {don_vi} hoặc góp ý trực tiếp tại mục Lấy ý kiến dự thảo văn bản trên Cổng thông tin điện tử tỉnh.",
          ],
        },
      ],
      tags: ["dự thảo", "lấy ý kiến"],
    },
  ],
  introduction: [
    {
      titles: ["Chức năng, nhiệm vụ và quyền hạn của {don_vi}"],
      leads: [
        "{don_vi} là cơ quan tham mưu, giúp Ủy ban nhân dân tỉnh thực hiện chức năng quản lý nhà nước về {linh_vuc}.",
      ],
      sections: [
        {
          paragraphs: [
            "{gioi_thieu}",
            "{don_vi} có tư cách pháp nhân, có con dấu và tài khoản riêng; chịu sự chỉ đạo, quản lý về tổ chức, biên chế và công tác của Ủy ban nhân dân tỉnh, đồng thời chịu sự chỉ đạo, hướng dẫn, kiểm tra về chuyên môn, nghiệp vụ của bộ quản lý ngành.",
          ],
        },
      ],
      tags: ["giới thiệu"],
    },
  ],
  planning: [
    {
      titles: ["Triển khai Quy hoạch tỉnh Quảng Ngãi thời kỳ 2021–2030, tầm nhìn đến năm 2050"],
      leads: [
        "Quy hoạch tỉnh xác định Quảng Ngãi phát triển theo hướng trở thành trung tâm công nghiệp lọc hóa dầu, năng lượng và công nghiệp nặng của cả nước, với Khu kinh tế Dung Quất là động lực chính.",
      ],
      sections: [
        {
          paragraphs: [
            "Không gian phát triển được tổ chức theo ba vùng: vùng đồng bằng ven biển, vùng miền núi phía Tây và vùng biển đảo Lý Sơn; cùng các hành lang kinh tế dọc Quốc lộ 1, đường cao tốc và tuyến ven biển Dung Quất – Sa Huỳnh.",
            "Các sở, ngành, địa phương có trách nhiệm cụ thể hóa quy hoạch bằng kế hoạch thực hiện, rà soát các quy hoạch đô thị, quy hoạch sử dụng đất bảo đảm thống nhất.",
          ],
        },
      ],
      tags: ["quy hoạch", "Dung Quất"],
    },
    {
      titles: ["Kế hoạch chuyển đổi số tỉnh Quảng Ngãi năm {nam}"],
      leads: [
        "Ủy ban nhân dân tỉnh ban hành Kế hoạch chuyển đổi số năm {nam} với ba trụ cột: chính quyền số, kinh tế số và xã hội số.",
      ],
      sections: [
        {
          paragraphs: [
            "Kế hoạch đặt mục tiêu kinh tế số chiếm khoảng {pct}% GRDP; 100% cơ quan nhà nước cấp tỉnh, cấp huyện kết nối mạng truyền số liệu chuyên dùng; người dân được hướng dẫn sử dụng tài khoản định danh điện tử để thực hiện dịch vụ công.",
          ],
        },
      ],
      list: {
        intro: "Các nhiệm vụ chủ yếu:",
        items: [
          "Hoàn thiện Trung tâm giám sát, điều hành thông minh của tỉnh;",
          "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính;",
          "Phát triển các nền tảng thanh toán không dùng tiền mặt;",
          "Đào tạo kỹ năng số cho cán bộ, công chức và người dân.",
        ],
      },
      tags: ["chuyển đổi số", "kế hoạch"],
    },
    {
      titles: ["Kế hoạch phát triển du lịch biển, đảo giai đoạn {nam}–2030"],
      leads: [
        "Kế hoạch hướng đến đưa du lịch trở thành ngành kinh tế quan trọng, hình thành các khu du lịch trọng điểm tại Lý Sơn, Mỹ Khê, Sa Huỳnh và dọc tuyến đường ven biển.",
      ],
      sections: [
        {
          paragraphs: [
            "Tỉnh ưu tiên thu hút đầu tư khu nghỉ dưỡng cao cấp, phát triển du lịch cộng đồng và du lịch văn hóa – lịch sử gắn với các di tích Sơn Mỹ, Khởi nghĩa Ba Tơ, Văn hóa Sa Huỳnh.",
          ],
        },
      ],
      tags: ["du lịch", "kế hoạch"],
    },
  ],
  projects: [
    {
      titles: ["Danh mục dự án kêu gọi đầu tư tỉnh Quảng Ngãi năm {nam}"],
      leads: [
        "Ủy ban nhân dân tỉnh công bố danh mục {so_nho} dự án kêu gọi đầu tư năm {nam} trong các lĩnh vực công nghiệp, du lịch, nông nghiệp công nghệ cao và hạ tầng đô thị.",
      ],
      sections: [
        {
          paragraphs: [
            "Trong đó có các dự án khu du lịch nghỉ dưỡng ven biển Mỹ Khê, khu đô thị mới phía Nam sông Trà Khúc, nhà máy chế biến nông sản tại vùng nguyên liệu miền núi và cảng cạn phục vụ Khu kinh tế Dung Quất.",
            "Nhà đầu tư quan tâm liên hệ Sở Kế hoạch và Đầu tư hoặc Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi để được cung cấp thông tin chi tiết.",
          ],
        },
      ],
      tags: ["kêu gọi đầu tư", "dự án"],
    },
    {
      titles: ["Kế hoạch lựa chọn nhà thầu gói thầu xây lắp {du_an}"],
      leads: ["Chủ đầu tư công bố kế hoạch lựa chọn nhà thầu các gói thầu thuộc {du_an}."],
      sections: [
        {
          paragraphs: [
            "Gói thầu xây lắp có giá trị khoảng {von_ty} tỷ đồng, hình thức lựa chọn nhà thầu: đấu thầu rộng rãi qua mạng; phương thức một giai đoạn hai túi hồ sơ; thời gian thực hiện hợp đồng {so_nho_2} tháng.",
            "Thông tin chi tiết được đăng tải trên Hệ thống mạng đấu thầu quốc gia theo quy định của Luật Đấu thầu.",
          ],
        },
      ],
      tags: ["đấu thầu", "đầu tư công"],
    },
    {
      titles: ["Kết quả lựa chọn nhà thầu gói thầu mua sắm thiết bị công nghệ thông tin"],
      leads: [
        "{don_vi} công khai kết quả lựa chọn nhà thầu gói thầu mua sắm thiết bị công nghệ thông tin phục vụ chuyển đổi số năm {nam}.",
      ],
      sections: [
        {
          paragraphs: [
            "Giá trúng thầu: {von_trieu} triệu đồng (đã bao gồm thuế giá trị gia tăng). Hình thức hợp đồng: trọn gói. Thời gian thực hiện hợp đồng: 60 ngày.",
          ],
        },
      ],
      tags: ["mua sắm công", "đấu thầu"],
    },
  ],
  budget: [
    {
      titles: ["Công khai dự toán ngân sách địa phương năm {nam}"],
      leads: [
        "Ủy ban nhân dân tỉnh công khai số liệu dự toán ngân sách địa phương năm {nam} đã được Hội đồng nhân dân tỉnh quyết định.",
      ],
      sections: [
        {
          paragraphs: [
            "Tổng thu ngân sách nhà nước trên địa bàn dự toán {von_ty} tỷ đồng, trong đó thu nội địa chiếm phần lớn, chủ yếu từ hoạt động của Nhà máy lọc dầu Dung Quất và các doanh nghiệp trong khu kinh tế.",
            "Chi ngân sách địa phương ưu tiên cho đầu tư phát triển, giáo dục – đào tạo, y tế và bảo đảm an sinh xã hội; các biểu mẫu chi tiết được đính kèm theo quy định của Bộ Tài chính.",
          ],
        },
      ],
      tags: ["ngân sách", "công khai ngân sách"],
    },
    {
      titles: ["Tình hình thực hiện dự toán ngân sách quý {quy} năm {nam}"],
      leads: [
        "Sở Tài chính báo cáo tình hình thực hiện dự toán thu, chi ngân sách địa phương quý {quy} năm {nam}.",
      ],
      sections: [
        {
          paragraphs: [
            "Lũy kế thu ngân sách đạt {pct_cao}% dự toán năm; chi ngân sách đạt khoảng {pct}% dự toán, trong đó chi đầu tư phát triển còn thấp do tiến độ giải ngân một số dự án chậm.",
          ],
        },
      ],
      tags: ["ngân sách"],
    },
  ],
  statistics: [
    {
      titles: ["Tình hình kinh tế – xã hội tháng {thang_truoc_nam}"],
      leads: [
        "Cục Thống kê tỉnh công bố số liệu ước tính tình hình kinh tế – xã hội tháng {thang_truoc_nam}.",
      ],
      sections: [
        {
          paragraphs: [
            "Chỉ số sản xuất công nghiệp tháng {thang_truoc} tăng {pct}% so với cùng kỳ; sản lượng lọc hóa dầu và thép duy trì ổn định. Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tăng khá nhờ sức mua dịp lễ.",
            "Trong tháng, toàn tỉnh có {so_nho} doanh nghiệp thành lập mới; tình hình an sinh xã hội được bảo đảm, đời sống người dân cơ bản ổn định.",
          ],
        },
      ],
      tags: ["thống kê", "kinh tế – xã hội"],
    },
    {
      titles: ["Chỉ số giá tiêu dùng tháng {thang_truoc} tăng nhẹ"],
      leads: [
        "Chỉ số giá tiêu dùng (CPI) tháng {thang_truoc_nam} trên địa bàn tỉnh tăng 0,{so_nho}% so với tháng trước.",
      ],
      sections: [
        {
          paragraphs: [
            "Nhóm hàng ăn và dịch vụ ăn uống, nhóm giao thông có mức tăng cao nhất do giá thực phẩm và giá xăng dầu điều chỉnh; nhóm bưu chính viễn thông giảm nhẹ.",
          ],
        },
      ],
      tags: ["thống kê", "giá cả"],
    },
  ],
  unit_news: [
    {
      titles: ["{don_vi} tổ chức hội nghị sơ kết công tác {so_thang} tháng đầu năm {nam}"],
      leads: [
        "Ngày {ngay}, {don_vi} tổ chức hội nghị sơ kết công tác {so_thang} tháng đầu năm và triển khai nhiệm vụ những tháng cuối năm {nam}.",
      ],
      sections: [
        {
          paragraphs: [
            "Báo cáo tại hội nghị cho thấy, trong {so_thang} tháng qua, {don_vi} đã hoàn thành nhiều nhiệm vụ trọng tâm về {linh_vuc}; công tác cải cách hành chính, chuyển đổi số có nhiều chuyển biến tích cực.",
            "Phát biểu chỉ đạo, {chuc_vu} {lanh_dao} đề nghị các phòng, đơn vị trực thuộc bám sát kế hoạch, tập trung hoàn thành các chỉ tiêu còn lại, nâng cao chất lượng tham mưu.",
          ],
        },
      ],
      tags: ["sơ kết", "hội nghị"],
    },
    {
      titles: ["{don_vi} tập huấn kỹ năng số cho cán bộ, công chức"],
      leads: [
        "Nhằm nâng cao hiệu quả ứng dụng công nghệ thông tin, {don_vi} tổ chức lớp tập huấn kỹ năng số cho {so_nho_2}0 cán bộ, công chức, viên chức.",
      ],
      sections: [
        {
          paragraphs: [
            "Học viên được hướng dẫn sử dụng hệ thống quản lý văn bản và điều hành, ký số trên thiết bị di động, bảo đảm an toàn thông tin khi làm việc trên môi trường mạng và cách hỗ trợ người dân nộp hồ sơ trực tuyến.",
          ],
        },
      ],
      tags: ["chuyển đổi số", "tập huấn"],
    },
    {
      titles: ["Đoàn công tác của {don_vi} kiểm tra tình hình thực hiện nhiệm vụ tại cơ sở"],
      leads: [
        "Từ ngày {ngay}, đoàn công tác do {chuc_vu} {lanh_dao} làm trưởng đoàn đã kiểm tra tình hình thực hiện nhiệm vụ về {linh_vuc} tại {huyen}.",
      ],
      sections: [
        {
          paragraphs: [
            "Qua kiểm tra, đoàn ghi nhận địa phương đã chủ động triển khai các văn bản chỉ đạo của tỉnh; bên cạnh đó vẫn còn một số tồn tại về hồ sơ, thủ tục cần được khắc phục.",
            "Trưởng đoàn đề nghị địa phương khẩn trương khắc phục những hạn chế đã chỉ ra, báo cáo kết quả trước ngày 30 của tháng tiếp theo.",
          ],
        },
      ],
      tags: ["kiểm tra"],
    },
    {
      titles: ["{don_vi} phát động phong trào thi đua năm {nam}"],
      leads: [
        "{don_vi} vừa phát động phong trào thi đua hoàn thành xuất sắc nhiệm vụ năm {nam}, hướng tới chào mừng các ngày lễ lớn của đất nước.",
      ],
      sections: [
        {
          paragraphs: [
            "Phong trào tập trung vào cải cách hành chính, nâng cao chất lượng phục vụ người dân, doanh nghiệp và thực hành tiết kiệm, chống lãng phí. Các tập thể, cá nhân tiêu biểu sẽ được khen thưởng kịp thời.",
          ],
        },
      ],
      tags: ["thi đua khen thưởng"],
    },
  ],
  unit_directives: [
    {
      titles: ["{don_vi} ban hành kế hoạch cải cách hành chính năm {nam}"],
      leads: [
        "{don_vi} vừa ban hành kế hoạch cải cách hành chính năm {nam} với nhiều nhiệm vụ cụ thể, gắn trách nhiệm người đứng đầu.",
      ],
      sections: [
        {
          paragraphs: [
            "Kế hoạch đặt mục tiêu giải quyết 100% hồ sơ thủ tục hành chính đúng hạn, tăng tỷ lệ hồ sơ trực tuyến toàn trình, rà soát, đề xuất đơn giản hóa các thủ tục về {linh_vuc}.",
          ],
        },
      ],
      list: {
        intro: "Kế hoạch gồm các nhóm nhiệm vụ:",
        items: [
          "Cải cách thể chế và thủ tục hành chính;",
          "Cải cách tổ chức bộ máy, chế độ công vụ;",
          "Xây dựng và phát triển chính quyền điện tử, chính quyền số.",
        ],
      },
      tags: ["cải cách hành chính", "kế hoạch"],
    },
    {
      titles: [
        "Triển khai thực hiện Chỉ thị của Ủy ban nhân dân tỉnh về tăng cường kỷ luật, kỷ cương hành chính",
      ],
      leads: [
        "Thực hiện Chỉ thị của Ủy ban nhân dân tỉnh, {don_vi} yêu cầu cán bộ, công chức, viên chức chấp hành nghiêm giờ giấc, nội quy cơ quan và văn hóa công vụ.",
      ],
      sections: [
        {
          paragraphs: [
            "Thủ trưởng các phòng, đơn vị trực thuộc chịu trách nhiệm quán triệt đến từng công chức; tăng cường kiểm tra công vụ đột xuất, xử lý nghiêm các trường hợp gây phiền hà, nhũng nhiễu người dân.",
          ],
        },
      ],
      tags: ["kỷ luật, kỷ cương", "chỉ thị"],
    },
    {
      titles: ["Hướng dẫn thực hiện quy định mới về {linh_vuc}"],
      leads: [
        "{don_vi} ban hành văn bản hướng dẫn các địa phương, tổ chức, cá nhân thực hiện các quy định mới về {linh_vuc} có hiệu lực từ năm {nam}.",
      ],
      sections: [
        {
          paragraphs: [
            "Văn bản nêu rõ các điểm mới, trách nhiệm của từng cấp, từng ngành và thời hạn báo cáo. Trong quá trình thực hiện, nếu có vướng mắc, các đơn vị phản ánh về {don_vi} để được hướng dẫn.",
          ],
        },
      ],
      tags: ["hướng dẫn", "văn bản"],
    },
  ],
  procedures: [
    {
      titles: ["Hướng dẫn thủ tục {thu_tuc}"],
      leads: [
        "{don_vi} hướng dẫn tổ chức, cá nhân trình tự, hồ sơ và thời hạn giải quyết thủ tục {thu_tuc}.",
      ],
      sections: [
        {
          heading: "Trình tự thực hiện",
          paragraphs: [
            "Tổ chức, cá nhân nộp hồ sơ trực tuyến trên Cổng dịch vụ công hoặc nộp trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh, bộ phận một cửa của {don_vi}. Cán bộ tiếp nhận kiểm tra tính đầy đủ của hồ sơ và hẹn ngày trả kết quả.",
          ],
        },
        {
          heading: "Thời hạn và phí",
          paragraphs: [
            "Thời hạn giải quyết: {so_nho_2} ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ. Phí, lệ phí (nếu có) thực hiện theo quy định; được giảm 50% khi nộp hồ sơ trực tuyến theo chính sách của tỉnh.",
          ],
        },
      ],
      list: {
        intro: "Thành phần hồ sơ gồm:",
        items: [
          "Đơn đề nghị theo mẫu;",
          "Bản sao giấy tờ chứng minh nhân thân hoặc tư cách pháp nhân (không yêu cầu khi đã có dữ liệu trên Cơ sở dữ liệu quốc gia về dân cư);",
          "Các giấy tờ chuyên ngành theo quy định của thủ tục.",
        ],
      },
      tags: ["thủ tục hành chính", "dịch vụ công trực tuyến"],
    },
    {
      titles: ["Nộp hồ sơ trực tuyến thủ tục {thu_tuc}: nhanh, tiết kiệm"],
      leads: [
        "Từ năm {nam}, thủ tục {thu_tuc} được cung cấp dưới dạng dịch vụ công trực tuyến toàn trình, người dân không phải đến cơ quan nhà nước.",
      ],
      sections: [
        {
          paragraphs: [
            "Người dân đăng nhập bằng tài khoản định danh điện tử, điền tờ khai, tải lên bản chụp giấy tờ và thanh toán phí trực tuyến. Kết quả được trả qua dịch vụ bưu chính công ích hoặc bản điện tử có giá trị pháp lý.",
            "Trong {so_thang} tháng qua, {don_vi} đã tiếp nhận {so_lon} hồ sơ trực tuyến của thủ tục này, không có hồ sơ trễ hạn.",
          ],
        },
      ],
      tags: ["dịch vụ công trực tuyến", "thủ tục hành chính"],
    },
  ],
  en_news: [],
  en_investment: [],
  en_introduction: [],
};

/** Plain-text fields of each demo unit, keyed by short code; districts share one set and add their own places. */
export const UNIT_FIELDS: Record<string, { field: string; procedures: string[] }> = {
  VP: {
    field: "công tác văn phòng, hành chính công",
    procedures: [
      "cung cấp thông tin theo yêu cầu",
      "xử lý phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành chính",
      "đăng ký lịch làm việc với lãnh đạo Ủy ban nhân dân tỉnh",
    ],
  },
  SXD: {
    field: "xây dựng, quy hoạch và phát triển đô thị",
    procedures: [
      "cấp giấy phép xây dựng",
      "cấp chứng chỉ hành nghề hoạt động xây dựng",
      "cấp giấy phép xây dựng sửa chữa, cải tạo công trình",
    ],
  },
  BQLKKT: {
    field: "đầu tư và phát triển khu kinh tế, khu công nghiệp",
    procedures: [
      "cấp giấy chứng nhận đăng ký đầu tư",
      "cấp giấy phép lao động cho người nước ngoài",
      "điều chỉnh giấy chứng nhận đăng ký đầu tư",
    ],
  },
  SGTVT: {
    field: "giao thông vận tải",
    procedures: [
      "cấp đổi giấy phép lái xe",
      "cấp giấy phép kinh doanh vận tải bằng xe ô tô",
      "cấp giấy phép lưu hành xe quá tải trọng",
    ],
  },
  HND: {
    field: "hỗ trợ nông dân phát triển sản xuất",
    procedures: [
      "đăng ký vay vốn Quỹ Hỗ trợ nông dân",
      "kết nạp hội viên Hội Nông dân",
      "đề nghị hỗ trợ chuyển giao tiến bộ kỹ thuật",
    ],
  },
  BDT: {
    field: "công tác dân tộc",
    procedures: [
      "công nhận người có uy tín trong đồng bào dân tộc thiểu số",
      "đề nghị hỗ trợ đất sản xuất cho hộ đồng bào dân tộc thiểu số",
      "đề nghị hỗ trợ học bổng cho học sinh dân tộc thiểu số",
    ],
  },
  SKHCN: {
    field: "khoa học và công nghệ",
    procedures: [
      "đăng ký kết quả thực hiện nhiệm vụ khoa học và công nghệ",
      "cấp giấy chứng nhận đăng ký hoạt động khoa học và công nghệ",
      "đăng ký công bố hợp chuẩn",
    ],
  },
  SNV: {
    field: "tổ chức bộ máy, cán bộ, công chức",
    procedures: [
      "thẩm định thành lập hội",
      "công nhận ban vận động thành lập hội",
      "xét tặng danh hiệu thi đua",
    ],
  },
  TTT: {
    field: "thanh tra, tiếp công dân",
    procedures: ["giải quyết khiếu nại lần hai", "giải quyết tố cáo", "tiếp nhận đơn kiến nghị, phản ánh"],
  },
  SLDTBXH: {
    field: "lao động, việc làm và an sinh xã hội",
    procedures: [
      "giải quyết trợ cấp thất nghiệp",
      "cấp giấy phép hoạt động dịch vụ việc làm",
      "xác nhận người có công với cách mạng",
    ],
  },
  STP: {
    field: "tư pháp, hộ tịch",
    procedures: [
      "cấp phiếu lý lịch tư pháp",
      "đăng ký khai sinh có yếu tố nước ngoài",
      "chứng thực bản sao từ bản chính",
    ],
  },
  SNGV: {
    field: "đối ngoại và hợp tác quốc tế",
    procedures: [
      "cho phép tổ chức hội nghị, hội thảo quốc tế",
      "đề nghị cử cán bộ đi công tác nước ngoài",
      "đề nghị đón tiếp đoàn khách quốc tế",
    ],
  },
  STC: {
    field: "tài chính, ngân sách và giá",
    procedures: [
      "đăng ký mã số đơn vị có quan hệ với ngân sách",
      "thẩm định giá tài sản công",
      "quyết toán vốn đầu tư dự án hoàn thành",
    ],
  },
  SCT: {
    field: "công nghiệp, thương mại và năng lượng",
    procedures: [
      "cấp giấy phép bán lẻ sản phẩm rượu",
      "cấp giấy chứng nhận đủ điều kiện kinh doanh xăng dầu",
      "cấp giấy phép hoạt động điện lực",
    ],
  },
  SVHTTDL: {
    field: "văn hóa, thể thao và du lịch",
    procedures: [
      "công nhận điểm du lịch",
      "cấp giấy phép tổ chức biểu diễn nghệ thuật",
      "cấp giấy phép kinh doanh dịch vụ lữ hành nội địa",
    ],
  },
  STNMT: {
    field: "đất đai, tài nguyên và môi trường",
    procedures: [
      "cấp giấy chứng nhận quyền sử dụng đất",
      "cấp giấy phép môi trường",
      "đăng ký biến động đất đai",
    ],
  },
  SGDDT: {
    field: "giáo dục và đào tạo",
    procedures: [
      "cấp bản sao văn bằng, chứng chỉ từ sổ gốc",
      "công nhận trường đạt chuẩn quốc gia",
      "cấp phép dạy thêm, học thêm",
    ],
  },
  SNNPTNT: {
    field: "nông nghiệp, thủy sản và phát triển nông thôn",
    procedures: [
      "cấp giấy phép khai thác thủy sản",
      "cấp giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm nông sản",
      "đăng ký tàu cá",
    ],
  },
  SKHDT: {
    field: "kế hoạch, đầu tư và phát triển doanh nghiệp",
    procedures: [
      "đăng ký thành lập doanh nghiệp",
      "quyết định chủ trương đầu tư",
      "đăng ký thay đổi nội dung đăng ký doanh nghiệp",
    ],
  },
  STTTT: {
    field: "thông tin, truyền thông và chuyển đổi số",
    procedures: [
      "cấp giấy phép thiết lập trang thông tin điện tử tổng hợp",
      "cấp giấy phép xuất bản bản tin",
      "cấp giấy phép hoạt động in",
    ],
  },
  SYT: {
    field: "y tế và chăm sóc sức khỏe Nhân dân",
    procedures: [
      "cấp chứng chỉ hành nghề khám bệnh, chữa bệnh",
      "cấp giấy phép hoạt động phòng khám",
      "công bố cơ sở đủ điều kiện tiêm chủng",
    ],
  },
};

/** Districts, communes and any unit not listed above. */
export const LOCAL_FIELDS = {
  field: "quản lý nhà nước trên địa bàn",
  procedures: ["đăng ký khai sinh", "chứng thực bản sao từ bản chính", "đăng ký kết hôn"],
};

/** Pen names and bylines as portals print them. */
export const AUTHORS = [
  "Minh Tâm",
  "Thanh Hải",
  "Ngọc Ánh",
  "Hồng Nhung",
  "Quốc Bảo",
  "Thu Hà",
  "Văn Lộc",
  "Kim Oanh",
  "Bảo Trân",
  "Đức Phúc",
];

/** Sources of reposted articles (Circular 09/2014/TT-BTTTT: a repost names where it comes from). */
export const REPOST_SOURCES = [
  "Báo Quảng Ngãi",
  "Đài Phát thanh – Truyền hình Quảng Ngãi",
  "Cổng Thông tin điện tử Chính phủ",
  "Thông tấn xã Việt Nam",
];

export const PROJECTS = [
  "dự án đường ven biển Dung Quất – Sa Huỳnh",
  "dự án đường Hoàng Sa – Dốc Sỏi",
  "dự án đường Trì Bình – cảng Dung Quất",
  "dự án cầu Trà Khúc 3",
  "dự án nâng cấp Quốc lộ 24B đoạn qua huyện Sơn Tịnh",
  "dự án kè chống sạt lở bờ biển Lý Sơn",
];

export const DISTRICTS_IN_SENTENCE = [
  "huyện Bình Sơn",
  "huyện Sơn Tịnh",
  "huyện Tư Nghĩa",
  "huyện Mộ Đức",
  "huyện Đức Phổ",
  "huyện Nghĩa Hành",
  "huyện Ba Tơ",
  "thành phố Quảng Ngãi",
];

export const MOUNTAIN_DISTRICTS = [
  "huyện Sơn Tây",
  "huyện Minh Long",
  "huyện Ba Tơ",
  "huyện Trà Bồng",
  "huyện Sơn Hà",
];

export const COUNTRIES = ["Nhật Bản", "Hàn Quốc", "Singapore", "Thái Lan", "Ô-xtrây-li-a"];
