/**
 * The demo's drafts open for comment (SPEC §E2) as structured articles and clauses, in reading order, the way the
 * staff form's parser stores pasted text: an article row ("Điều 3", clause null) followed by its clause rows
 * ("Khoản 2 Điều 3"). Comments and responses name their clause by article and clause number.
 */
export interface DraftArticle {
  no: number;
  heading: string;
  /** The article's own text (its lead-in when it has clauses). */
  body: string;
  clauses?: readonly string[];
}

/** A citizen's comment: on clause [article, clause] (clause 0: the article itself), or on the whole draft (null). */
export interface DraftComment {
  on: readonly [number, number] | null;
  body: string;
  /** For the concluded draft: index of the response group it was answered in. */
  group?: number;
}

export interface DraftResponseGroup {
  on: readonly [number, number] | null;
  summary: string;
  response: string;
}

export interface DemoDraft {
  key: "open" | "awaiting" | "concluded";
  slug: string;
  title: string;
  docType: string;
  summary: string;
  unit: string;
  articles: readonly DraftArticle[];
  comments: readonly DraftComment[];
  groups?: readonly DraftResponseGroup[];
  synthesis?: string;
}

export const OPEN_DRAFT: DemoDraft = {
  key: "open",
  slug: "du-thao-quy-che-lien-thong-khai-sinh-thuong-tru-bhyt",
  title:
    "Dự thảo Quyết định ban hành Quy chế phối hợp liên thông các thủ tục đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi trên địa bàn tỉnh Quảng Ngãi",
  docType: "Quyết định",
  summary:
    "Quy chế quy định nguyên tắc, trình tự phối hợp giữa Sở Tư pháp, Công an tỉnh, Bảo hiểm xã hội tỉnh và Ủy ban nhân dân cấp xã để người dân chỉ nộp một bộ hồ sơ khi đăng ký khai sinh cho trẻ em.",
  unit: "STP",
  articles: [
    {
      no: 1,
      heading: "Phạm vi điều chỉnh",
      body: "Quy chế này quy định nguyên tắc, nội dung, trách nhiệm phối hợp giữa các cơ quan trong giải quyết liên thông các thủ tục đăng ký khai sinh, đăng ký thường trú, cấp thẻ bảo hiểm y tế cho trẻ em dưới 6 tuổi trên địa bàn tỉnh Quảng Ngãi.",
    },
    {
      no: 2,
      heading: "Đối tượng áp dụng",
      body: "Quy chế này áp dụng đối với Sở Tư pháp, Công an tỉnh, Bảo hiểm xã hội tỉnh, Ủy ban nhân dân cấp huyện, Ủy ban nhân dân cấp xã và cá nhân có yêu cầu giải quyết liên thông các thủ tục hành chính nêu tại Điều 1.",
    },
    {
      no: 3,
      heading: "Nguyên tắc phối hợp",
      body: "Việc phối hợp giải quyết liên thông bảo đảm các nguyên tắc sau:",
      clauses: [
        "Người yêu cầu chỉ nộp một bộ hồ sơ tại bộ phận một cửa của Ủy ban nhân dân cấp xã hoặc trên Cổng Dịch vụ công và nhận kết quả tại một nơi.",
        "Thông tin, giấy tờ đã được khai thác từ cơ sở dữ liệu quốc gia về dân cư không yêu cầu người dân cung cấp lại.",
        "Thời hạn giải quyết liên thông không quá 5 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.",
        "Cơ quan nào chậm trễ, gây phiền hà thì chịu trách nhiệm giải trình và xin lỗi người dân theo quy định.",
      ],
    },
    {
      no: 4,
      heading: "Trách nhiệm của Sở Tư pháp",
      body: "Chủ trì hướng dẫn nghiệp vụ đăng ký khai sinh liên thông; theo dõi, đôn đốc việc thực hiện Quy chế và tổng hợp báo cáo Ủy ban nhân dân tỉnh định kỳ 6 tháng.",
    },
    {
      no: 5,
      heading: "Trách nhiệm của Công an tỉnh",
      body: "Chỉ đạo Công an cấp xã tiếp nhận thông tin đăng ký thường trú từ hệ thống liên thông, giải quyết trong thời hạn quy định và trả kết quả về bộ phận một cửa cấp xã.",
    },
    {
      no: 6,
      heading: "Trách nhiệm của Bảo hiểm xã hội tỉnh",
      body: "Cấp thẻ bảo hiểm y tế cho trẻ em trên cơ sở dữ liệu đăng ký khai sinh, đăng ký thường trú được chia sẻ; chuyển thẻ điện tử về bộ phận một cửa cấp xã và gửi thông tin đến người yêu cầu.",
    },
    {
      no: 7,
      heading: "Trách nhiệm của Ủy ban nhân dân cấp xã",
      body: "Ủy ban nhân dân cấp xã có trách nhiệm:",
      clauses: [
        "Tiếp nhận hồ sơ, kiểm tra tính hợp lệ và chuyển thông tin cho các cơ quan liên quan ngay trong ngày làm việc.",
        "Trả kết quả cho người dân và cập nhật trạng thái hồ sơ trên hệ thống thông tin giải quyết thủ tục hành chính của tỉnh.",
      ],
    },
    {
      no: 8,
      heading: "Tổ chức thực hiện",
      body: "Thủ trưởng các sở, ban, ngành, Chủ tịch Ủy ban nhân dân cấp huyện, cấp xã chịu trách nhiệm thi hành Quy chế này. Trong quá trình thực hiện, nếu có vướng mắc, các cơ quan phản ánh về Sở Tư pháp để tổng hợp, trình Ủy ban nhân dân tỉnh xem xét, sửa đổi.",
    },
  ],
  comments: [
    {
      on: [3, 3],
      body: "Đề nghị rút ngắn thời hạn liên thông xuống 3 ngày làm việc vì phần lớn hồ sơ khai sinh đơn giản, dữ liệu đã có sẵn.",
    },
    {
      on: [3, 1],
      body: "Cần quy định rõ trường hợp người dân nộp trực tuyến thì nhận kết quả bản điện tử, không phải đến Ủy ban nhân dân xã.",
    },
    {
      on: [6, 0],
      body: "Đề nghị bổ sung việc gửi tin nhắn thông báo mã thẻ bảo hiểm y tế của trẻ để gia đình sử dụng ngay khi đưa trẻ đi khám.",
    },
    {
      on: [3, 4],
      body: "Nên nêu cụ thể hình thức xin lỗi (văn bản, tin nhắn) và thời hạn hẹn lại khi hồ sơ trễ hạn.",
    },
    {
      on: null,
      body: "Dự thảo rất cần thiết, giúp người dân ở vùng núi đỡ đi lại nhiều lần. Đề nghị sớm ban hành.",
    },
    {
      on: [7, 1],
      body: "Cần nói rõ hồ sơ nộp sau 15 giờ thì được chuyển trong ngày làm việc tiếp theo.",
    },
  ],
};

export const AWAITING_DRAFT: DemoDraft = {
  key: "awaiting",
  slug: "du-thao-nghi-quyet-muc-chi-hoa-giai-co-so",
  title:
    "Dự thảo Nghị quyết quy định nội dung, mức chi thực hiện công tác hòa giải ở cơ sở trên địa bàn tỉnh Quảng Ngãi",
  docType: "Nghị quyết",
  summary:
    "Nghị quyết quy định mức chi thù lao cho hòa giải viên, hỗ trợ tổ hòa giải và chi bồi dưỡng nghiệp vụ hòa giải từ ngân sách địa phương.",
  unit: "STP",
  articles: [
    {
      no: 1,
      heading: "Phạm vi điều chỉnh và đối tượng áp dụng",
      body: "Nghị quyết này quy định nội dung, mức chi cho công tác hòa giải ở cơ sở; áp dụng đối với tổ hòa giải, hòa giải viên và cơ quan, tổ chức có liên quan trên địa bàn tỉnh.",
    },
    {
      no: 2,
      heading: "Mức chi thù lao cho hòa giải viên",
      body: "Mức chi thù lao cho hòa giải viên được quy định như sau:",
      clauses: [
        "Chi thù lao theo vụ, việc hòa giải thành: 400.000 đồng/vụ, việc/tổ hòa giải.",
        "Chi thù lao theo vụ, việc hòa giải không thành: 300.000 đồng/vụ, việc/tổ hòa giải.",
      ],
    },
    {
      no: 3,
      heading: "Chi hỗ trợ hoạt động của tổ hòa giải",
      body: "Chi hỗ trợ mua văn phòng phẩm, sao chụp tài liệu, tổ chức cuộc họp, sơ kết, tổng kết công tác hòa giải: 200.000 đồng/tổ hòa giải/tháng.",
    },
    {
      no: 4,
      heading: "Nguồn kinh phí",
      body: "Kinh phí thực hiện do ngân sách cấp xã bảo đảm theo phân cấp ngân sách hiện hành và các nguồn hợp pháp khác.",
    },
    {
      no: 5,
      heading: "Tổ chức thực hiện",
      body: "Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.",
    },
  ],
  comments: [
    {
      on: [2, 1],
      body: "Mức 400.000 đồng cho một vụ hòa giải thành còn thấp so với công sức hòa giải viên bỏ ra, đề nghị nâng lên.",
    },
    {
      on: [3, 0],
      body: "Đề nghị quy định mức hỗ trợ cao hơn cho tổ hòa giải ở các xã miền núi, đi lại khó khăn.",
    },
    { on: [4, 0], body: "Ngân sách xã miền núi hạn chế, đề nghị ngân sách huyện hỗ trợ một phần." },
    { on: null, body: "Đề nghị bổ sung chi khen thưởng cho tổ hòa giải có thành tích xuất sắc trong năm." },
  ],
};

export const CONCLUDED_DRAFT: DemoDraft = {
  key: "concluded",
  slug: "du-thao-quy-dinh-cap-giay-phep-xay-dung",
  title:
    "Dự thảo Quyết định quy định chi tiết một số nội dung về cấp giấy phép xây dựng trên địa bàn tỉnh Quảng Ngãi",
  docType: "Quyết định",
  summary:
    "Quy định quy mô công trình được cấp giấy phép xây dựng có thời hạn, khu vực miễn giấy phép xây dựng nhà ở riêng lẻ và phân cấp cấp giấy phép xây dựng.",
  unit: "SXD",
  articles: [
    {
      no: 1,
      heading: "Phạm vi điều chỉnh",
      body: "Quyết định này quy định chi tiết một số nội dung về cấp giấy phép xây dựng, giấy phép xây dựng có thời hạn và phân cấp cấp giấy phép xây dựng trên địa bàn tỉnh Quảng Ngãi.",
    },
    {
      no: 2,
      heading: "Đối tượng áp dụng",
      body: "Cơ quan, tổ chức, hộ gia đình, cá nhân có liên quan đến hoạt động cấp giấy phép xây dựng trên địa bàn tỉnh.",
    },
    {
      no: 3,
      heading: "Quy mô công trình được cấp giấy phép xây dựng có thời hạn",
      body: "Công trình, nhà ở riêng lẻ được cấp giấy phép xây dựng có thời hạn phải đáp ứng các quy mô sau:",
      clauses: [
        "Nhà ở riêng lẻ có chiều cao không quá 3 tầng và tổng diện tích sàn không quá 300 m².",
        "Công trình khác có chiều cao không quá 2 tầng, kết cấu đơn giản, dễ tháo dỡ.",
        "Thời hạn tồn tại của công trình ghi trong giấy phép phù hợp với kế hoạch thực hiện quy hoạch.",
      ],
    },
    {
      no: 4,
      heading: "Phân cấp cấp giấy phép xây dựng",
      body: "Ủy quyền cho Ủy ban nhân dân cấp huyện cấp giấy phép xây dựng đối với công trình cấp III, cấp IV và nhà ở riêng lẻ trên địa bàn quản lý, trừ công trình trong khu kinh tế, khu công nghiệp.",
    },
    {
      no: 5,
      heading: "Hiệu lực thi hành",
      body: "Quyết định này có hiệu lực kể từ ngày ký ban hành.",
    },
    {
      no: 6,
      heading: "Trách nhiệm thi hành",
      body: "Giám đốc Sở Xây dựng, Thủ trưởng các sở, ban, ngành, Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố chịu trách nhiệm thi hành Quyết định này.",
    },
  ],
  comments: [
    { on: [3, 1], body: "Đề nghị nâng giới hạn lên 4 tầng cho phù hợp nhu cầu nhà ở tại đô thị.", group: 0 },
    {
      on: [3, 1],
      body: "Chiều cao 3 tầng là hợp lý nhưng diện tích sàn 300 m² hơi thấp với nhà kết hợp kinh doanh.",
      group: 0,
    },
    {
      on: [3, 3],
      body: "Cần quy định rõ chủ đầu tư được thông báo trước bao lâu khi phải tháo dỡ công trình có thời hạn.",
      group: 1,
    },
    {
      on: [4, 0],
      body: "Đề nghị ủy quyền cho Ủy ban nhân dân cấp xã cấp phép nhà ở riêng lẻ ở nông thôn để giảm đi lại.",
      group: 2,
    },
    {
      on: [4, 0],
      body: "Nên công khai danh sách hồ sơ cấp phép và thời hạn giải quyết trên Cổng thông tin của huyện.",
      group: 2,
    },
    {
      on: [5, 0],
      body: "Đề nghị có thời gian chuyển tiếp cho hồ sơ đã nộp trước ngày Quyết định có hiệu lực.",
      group: 3,
    },
    {
      on: null,
      body: "Dự thảo cần bổ sung phụ lục thiết kế mẫu nhà ở nông thôn để người dân tham khảo.",
      group: 3,
    },
  ],
  groups: [
    {
      on: [3, 1],
      summary: "Đề nghị nâng chiều cao và diện tích sàn của nhà ở được cấp phép có thời hạn.",
      response:
        "Tiếp thu một phần: giữ chiều cao không quá 3 tầng để bảo đảm khả năng tháo dỡ, nâng tổng diện tích sàn lên không quá 350 m².",
    },
    {
      on: [3, 3],
      summary: "Đề nghị quy định thời gian thông báo trước khi tháo dỡ công trình có thời hạn.",
      response:
        "Tiếp thu: bổ sung quy định cơ quan cấp phép thông báo cho chủ đầu tư ít nhất 6 tháng trước thời điểm thực hiện quy hoạch.",
    },
    {
      on: [4, 0],
      summary: "Đề nghị phân cấp sâu hơn và công khai hồ sơ cấp phép.",
      response:
        "Giải trình: theo Luật Xây dựng, thẩm quyền cấp giấy phép không ủy quyền xuống cấp xã. Tiếp thu đề nghị công khai danh sách hồ sơ trên Cổng Dịch vụ công.",
    },
    {
      on: null,
      summary: "Các góp ý về hiệu lực, chuyển tiếp và thiết kế mẫu.",
      response:
        "Tiếp thu: bổ sung điều khoản chuyển tiếp cho hồ sơ đã nộp; thiết kế mẫu nhà ở nông thôn sẽ được ban hành bằng quyết định riêng.",
    },
  ],
  synthesis:
    "Sau 30 ngày đăng tải lấy ý kiến trên Cổng thông tin điện tử tỉnh, Sở Xây dựng nhận được 7 ý kiến góp ý hợp lệ của người dân và doanh nghiệp, tập trung vào quy mô công trình được cấp giấy phép có thời hạn (Điều 3) và phân cấp cấp giấy phép (Điều 4). Sở đã tiếp thu 5 ý kiến, giải trình 2 ý kiến như bảng tổng hợp dưới đây và hoàn thiện dự thảo trình Ủy ban nhân dân tỉnh.",
};
