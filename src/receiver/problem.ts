import type { ServerResponse } from 'node:http';

/** A message for the person who filed the application, Vietnamese first. */
export interface Message {
  vi: string;
  en: string;
}

/** One problem with an answer: the field's path and what is wrong, in both languages. */
export interface AnswerProblem {
  path: string;
  message: Message;
}

/** An error answer of the submission API (RFC 9457 `application/problem+json`, with our `code` and `message`). */
export interface Problem {
  type: 'about:blank';
  status: number;
  title: string;
  code: string;
  message: Message;
  problems?: AnswerProblem[];
}

interface Kind {
  status: number;
  code: string;
  title: string;
  message: Message;
}

// A fault of the sending app is not the person's fault, and the text says so: they can do nothing but tell the office.
const APP_FAULT = {
  vi: 'Lỗi này do ứng dụng gửi hồ sơ, không phải do bạn. Vui lòng báo cho cơ quan tiếp nhận.',
  en: 'This is a fault in the sending app, not yours. Please tell the receiving office.',
};

const appFault = (vi: string, en: string): Message => ({ vi: `${vi} ${APP_FAULT.vi}`, en: `${en} ${APP_FAULT.en}` });

/** Every error the reference receiver answers with, by name. The messages are written for the person who filed. */
export const PROBLEMS = {
  missingIdempotencyKey: {
    status: 400,
    code: 'missing-idempotency-key',
    title: 'Missing or invalid Idempotency-Key',
    message: appFault(
      'Hồ sơ được gửi đi thiếu mã nhận dạng hợp lệ nên chưa thể tiếp nhận.',
      'The application was sent without a valid identifier, so it cannot be received.',
    ),
  },
  unsupportedMediaType: {
    status: 415,
    code: 'unsupported-media-type',
    title: 'Unsupported media type',
    message: appFault(
      'Hồ sơ được gửi đi sai định dạng nên chưa thể tiếp nhận.',
      'The application was sent in the wrong format, so it cannot be received.',
    ),
  },
  tooLarge: {
    status: 413,
    code: 'too-large',
    title: 'Content too large',
    message: {
      vi: 'Hồ sơ quá lớn nên chưa thể tiếp nhận. Hãy bớt hoặc thu nhỏ tệp đính kèm, ký lại rồi gửi lại.',
      en: 'The application is too large to be received. Remove or reduce the attached files, sign again, then send it.',
    },
  },
  uploadTooLarge: {
    status: 413,
    code: 'too-large',
    title: 'Content too large',
    message: {
      vi: 'Tệp đính kèm quá lớn nên chưa thể tiếp nhận. Hãy chọn tệp nhỏ hơn, ký lại rồi gửi lại.',
      en: 'An attached file is too large to be received. Choose a smaller file, sign again, then send it.',
    },
  },
  malformed: {
    status: 400,
    code: 'malformed',
    title: 'Malformed request',
    message: {
      vi: 'Hồ sơ nhận được bị thiếu hoặc hỏng một phần nên không đọc được. Hãy gửi lại.',
      en: 'Part of the application is missing or damaged, so it cannot be read. Please send it again.',
    },
  },
  invalidUpload: {
    status: 400,
    code: 'malformed',
    title: 'Invalid upload metadata',
    message: appFault(
      'Tệp đính kèm được gửi đi thiếu thông tin cần thiết nên chưa thể tiếp nhận.',
      'An attached file was sent without the information it needs, so it cannot be received.',
    ),
  },
  idempotencyConflict: {
    status: 409,
    code: 'idempotency-conflict',
    title: 'Idempotency-Key already used for another PDF',
    message: {
      vi: 'Cơ quan đã nhận một hồ sơ khác mang cùng mã hồ sơ này. Hãy ký lại hồ sơ để có mã mới rồi gửi lại.',
      en: 'The office has already received a different application with the same number. Sign the application again to get a new number, then send it.',
    },
  },
  invalidSignature: {
    status: 422,
    code: 'invalid-signature',
    title: 'The PDF signature or its content does not verify',
    message: {
      vi: 'Chữ ký số trên hồ sơ không hợp lệ hoặc tệp đã bị thay đổi sau khi ký. Hãy ký lại hồ sơ rồi gửi lại.',
      en: 'The digital signature on the application is not valid, or the file was changed after signing. Sign the application again, then send it.',
    },
  },
  submissionMismatch: {
    status: 422,
    code: 'submission-mismatch',
    title: 'The submission does not match the signed PDF',
    message: {
      vi: 'Dữ liệu gửi kèm không khớp với hồ sơ đã ký. Hãy ký lại hồ sơ rồi gửi lại.',
      en: 'The data sent with the application does not match the signed application. Sign it again, then send it.',
    },
  },
  unknownProcedure: {
    status: 422,
    code: 'unknown-procedure',
    title: 'Unknown procedure or version',
    message: {
      vi: 'Cơ quan tiếp nhận không nhận thủ tục này hoặc phiên bản mẫu đơn này. Hãy mở lại thủ tục để dùng mẫu mới nhất, kiểm tra thông tin rồi ký lại.',
      en: 'The receiving office does not accept this procedure or this version of its form. Open the procedure again to use the latest form, check your answers and sign again.',
    },
  },
  invalidData: {
    status: 422,
    code: 'invalid-data',
    title: 'The answers are not valid for the procedure',
    message: {
      vi: 'Một số thông tin trong hồ sơ chưa hợp lệ. Hãy sửa các mục được nêu, ký lại rồi gửi lại.',
      en: 'Some answers in the application are not valid. Correct the items listed, sign again, then send it.',
    },
  },
  missingAttachment: {
    status: 422,
    code: 'missing-attachment',
    title: 'An attachment was not uploaded completely',
    message: {
      vi: 'Cơ quan chưa nhận được đủ tệp đính kèm của hồ sơ. Hãy gửi lại; nếu vẫn lỗi, hãy chọn lại tệp, ký lại rồi gửi.',
      en: 'The office has not received all the files attached to the application. Send it again; if this keeps happening, choose the files again, sign again, then send it.',
    },
  },
  unauthorized: {
    status: 401,
    code: 'unauthorized',
    title: 'Authentication required',
    message: {
      vi: 'Bạn chưa đăng nhập hoặc phiên đăng nhập đã hết hạn. Hãy đăng nhập lại; hồ sơ vẫn được giữ trên máy và sẽ được gửi lại.',
      en: 'You are not signed in, or your session has expired. Sign in again; the application is kept on this device and will be sent again.',
    },
  },
  notFound: {
    status: 404,
    code: 'not-found',
    title: 'Not found',
    message: { vi: 'Không tìm thấy nội dung ở địa chỉ này.', en: 'Nothing was found at this address.' },
  },
  submissionNotFound: {
    status: 404,
    code: 'not-found',
    title: 'Not found',
    message: { vi: 'Cơ quan chưa nhận được hồ sơ này.', en: 'The office has not received this application.' },
  },
  methodNotAllowed: {
    status: 405,
    code: 'method-not-allowed',
    title: 'Method not allowed',
    message: appFault(
      'Địa chỉ này không hỗ trợ thao tác được yêu cầu.',
      'This address does not support the requested action.',
    ),
  },
  serverError: {
    status: 500,
    code: 'server-error',
    title: 'Internal server error',
    message: {
      vi: 'Hệ thống tiếp nhận đang gặp sự cố. Hồ sơ vẫn được giữ trên máy và sẽ tự động được gửi lại sau.',
      en: 'The receiving system has a problem. The application is kept on this device and will be sent again automatically later.',
    },
  },
  tooManyRequests: {
    status: 429,
    code: 'too-many-requests',
    title: 'Too many requests',
    message: {
      vi: 'Hệ thống tiếp nhận đang quá tải. Hồ sơ vẫn được giữ trên máy và sẽ tự động được gửi lại sau.',
      en: 'The receiving system is busy. The application is kept on this device and will be sent again automatically later.',
    },
  },
} satisfies Record<string, Kind>;

export type ProblemKind = keyof typeof PROBLEMS;

export function problemOf(kind: ProblemKind | Kind, problems?: AnswerProblem[]): Problem {
  const { status, code, title, message } = typeof kind === 'string' ? PROBLEMS[kind] : kind;
  return { type: 'about:blank', status, title, code, message, ...(problems?.length ? { problems } : {}) };
}

/**
 * Answers with a problem. `close` is for answers given before the request body was read: the connection is closed
 * rather than left to drain a body nobody wants (it may be large, or never end).
 */
export function sendProblem(
  res: ServerResponse,
  problem: Problem,
  headers: Record<string, string> = {},
  close = false,
): void {
  if (res.headersSent || res.destroyed) return;
  const body = JSON.stringify(problem);
  res.writeHead(problem.status, {
    ...headers,
    'Content-Type': 'application/problem+json',
    'Content-Length': String(Buffer.byteLength(body)),
    'Cache-Control': 'no-store',
    ...(close ? { Connection: 'close' } : {}),
  });
  res.end(body);
}
