// What the portal already knows about the person who logged in (a stand-in for the portal's VNeID session), the
// portal's own settings, and the app's own UI strings. The same in the React and Vue examples.
import type { Lang } from 'dvc-kit';

/** The definition and its reference data are fetched by URL (served beside the app, see docs/examples/README.md). */
export const PROCEDURE = 'forms/birth-registration/definition.json';
/** Drafts of this app are kept apart from any other dvc-kit app on the same origin. */
export const NAMESPACE = 'example-portal';
/** The portal's submission API (docs/submission-api.md); the reference receiver answers here in the tests. */
export const ENDPOINT = '/api/v1';
/** The portal's session token, sent with every submission request by the `headers` hook. */
export const SESSION_TOKEN = 'example-session-token';

/** This portal belongs to one province: its registration office is known before the person starts. */
export const PREFILL: Record<string, unknown> = { 'authority.province': '01' };

/** The logged-in person, as the portal's account knows them ("fill from my account"). */
export const ACCOUNT = {
  fullName: 'Trần Văn Hùng',
  dateOfBirth: '1990-04-12',
  idDocument: {
    type: 'personalId',
    number: '001090012345',
    issueDate: '2021-06-15',
    issuer: 'Cục Cảnh sát quản lý hành chính về trật tự xã hội',
  },
};

/** `answers` with the account's details put in as the requester's, everything else kept. */
export function withAccount(answers: Record<string, unknown>): Record<string, unknown> {
  const requester = (answers.requester ?? {}) as Record<string, unknown>;
  return { ...answers, requester: { ...requester, ...ACCOUNT } };
}

/** The child's name as typed so far, from the answers a `dvc-change` event carries. */
export function childName(answers: Record<string, unknown>): string {
  const child = answers.child as { fullName?: unknown } | undefined;
  return typeof child?.fullName === 'string' ? child.fullName : '';
}

const STRINGS = {
  vi: {
    title: 'Cổng dịch vụ công mẫu',
    language: 'Ngôn ngữ',
    fill: 'Điền từ tài khoản của tôi',
    state: 'Trạng thái do ứng dụng giữ',
    step: 'Bước hiện tại',
    saved: 'Lần lưu gần nhất',
    child: 'Tên trẻ',
    completed: 'Đã khai xong',
    pdf: 'Tờ khai PDF đã ký',
    submission: 'Hồ sơ đã nộp',
    none: '—',
  },
  en: {
    title: 'Example public-service portal',
    language: 'Language',
    fill: 'Fill from my account',
    state: "The app's own state",
    step: 'Current step',
    saved: 'Last saved',
    child: "Child's name",
    completed: 'Completed',
    pdf: 'Signed PDF',
    submission: 'Submitted application',
    none: '—',
  },
} as const;

export function ui(lang: Lang) {
  return STRINGS[lang];
}

/** The size of the signed PDF a `dvc-pdf-ready` event carries, for people. */
export function pdfSize(bytes: Uint8Array): string {
  return `${Math.round(bytes.length / 1024)} KB`;
}

export function timeOf(savedAt: number, lang: Lang): string {
  return new Intl.DateTimeFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { timeStyle: 'medium' }).format(savedAt);
}

/** The draft in the address (`?draft=<id>`), so that a reload continues it. */
export function draftInUrl(): string | undefined {
  return new URLSearchParams(location.search).get('draft') ?? undefined;
}

export function putDraftInUrl(draftId: string | undefined): void {
  const url = new URL(location.href);
  if (draftId) url.searchParams.set('draft', draftId);
  else url.searchParams.delete('draft');
  history.replaceState(null, '', url);
}

/**
 * The auth hook: a function, so it can only be given as a property. The form and the outbox call it before each
 * request to the endpoint; it may return a promise (e.g. after refreshing the session).
 */
export const headers = (): Record<string, string> => ({ Authorization: `Bearer ${SESSION_TOKEN}` });
