/**
 * The procedures the demo portal offers, as the URLs of their definitions. The files are served from `forms/` in
 * development and copied into `dist/forms/` on build (see vite.config.ts). A portal would list its own.
 */
export const PROCEDURE_URLS: readonly string[] = [
  `${import.meta.env.BASE_URL}forms/birth-registration/definition.json`,
];

/** The id a procedure is routed by (`#/birth-registration`): the name of its folder under `forms/`. */
export function procedureIdOf(url: string): string {
  const parts = url.split('/');
  return parts[parts.length - 2] ?? url;
}
