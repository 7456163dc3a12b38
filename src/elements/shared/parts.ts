/**
 * The part names a field element can expose, forwarded unchanged by every element that renders fields (form,
 * fieldset, list) through `exportparts`, so that a page styles `dvc-form::part(control invalid)` for a field at any
 * depth. State tokens (`invalid`, `locked`) and role tokens (`secondary`, `add`…) are part names too.
 */
export const FIELD_PARTS =
  'label,hint,control,error,warning,note,option,listbox,date-input,group,legend,item,button,secondary,add,remove,' +
  'same-as,same-as-status,choose,file,thumbnail,constraints,status,invalid,locked';

/** A part list with `invalid` added when the field shows an error. */
export function parts(names: string, invalid: boolean): string {
  return invalid ? names + ' invalid' : names;
}
