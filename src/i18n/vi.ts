/** A string with `{name}` placeholders, or plural forms chosen by `count` (Intl.PluralRules categories). */
export type Plural = { one?: string; other: string };
export type Message = string | Plural;

/**
 * Vietnamese UI strings: the product's first language and the reference set of keys.
 * Field text never lives here; it comes from the procedure definition.
 */
export const vi = {
  optional: '(không bắt buộc)',
  requiredMark: 'bắt buộc',
  requiredExplained: 'Các câu hỏi có dấu * là bắt buộc.',
  continue: 'Tiếp tục',
  back: 'Quay lại',
  change: 'Sửa',
  changeField: 'Sửa {label}',
  errorSummaryTitle: 'Có lỗi cần sửa',
  errorTitlePrefix: 'Lỗi: ',
  warningSummaryTitle: 'Vui lòng kiểm tra',
  stepOf: 'Bước {current}/{total}',
  stepsNav: 'Các bước',
  stepCompleted: 'đã xong',
  stepCurrent: 'bước hiện tại',
  checkAnswersTitle: 'Kiểm tra thông tin trước khi nộp',
  checkAnswersStep: 'Kiểm tra thông tin',
  declarationTitle: 'Lời cam đoan',
  submit: 'Đồng ý và nộp',
  completedTitle: 'Bạn đã khai xong',
  completedBody: 'Tờ khai của bạn đã sẵn sàng để ký và nộp.',
  notProvided: 'Không khai',
  yes: 'Có',
  no: 'Không',
  selectPlaceholder: 'Chọn…',
  comboboxNoMatch: 'Không tìm thấy',
  comboboxResults: {
    other: 'Có {count} kết quả',
  },
  comboboxInstructions: 'Gõ để tìm, rồi dùng phím mũi tên lên xuống để chọn.',
  comboboxChooseFirst: 'Hãy chọn {label} trước',
  loadingOptions: 'Đang tải danh sách…',
  day: 'Ngày',
  month: 'Tháng',
  year: 'Năm',
  dateHint: 'Ví dụ: 27 3 2007',
  partialDateHint: 'Ví dụ: 27 3 1990, hoặc chỉ năm 1990',
  addItem: 'Thêm {item}',
  removeItem: 'Xóa {item}',
  itemNumbered: '{item} {n}',
  itemCount: {
    other: '{count} mục',
  },
  itemAdded: 'Đã thêm {item}',
  itemRemoved: 'Đã xóa {item}',
  documentsTitle: 'Giấy tờ cần nộp',
  feeFree: 'Miễn lệ phí',
  feeAmount: 'Lệ phí: {amount} đồng',
  authorityLabel: 'Cơ quan có thẩm quyền',
  legalBasisLabel: 'Căn cứ pháp lý',
  languageLabel: 'Ngôn ngữ',
  loading: 'Đang mở thủ tục…',
  loadFailed: 'Không mở được thủ tục',
  procedures: 'Thủ tục hành chính',
  startProcedure: 'Bắt đầu',
  appName: 'dvc-kit',
  appTagline: 'Biểu mẫu dịch vụ công chạy ngay trong trình duyệt, kể cả khi không có mạng.',
  skipToContent: 'Bỏ qua, đến nội dung chính',
  allProcedures: 'Tất cả thủ tục',
  loadingProcedures: 'Đang tải danh sách thủ tục…',
  procedureNotFound: 'Không tìm thấy thủ tục này',
  languageNameVi: 'Tiếng Việt',
  languageNameEn: 'English',
  optionsLoadFailed: 'Không tải được danh sách để chọn ({reason})',
  comboboxChooseProvinceFirst: 'Hãy chọn tỉnh, thành phố trước',
} satisfies Record<string, Message>;

export type Messages = { [K in keyof typeof vi]: (typeof vi)[K] extends string ? string : Plural };
export type MessageKey = keyof Messages;
