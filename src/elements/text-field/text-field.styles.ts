import { css } from 'lit';

export const textFieldStyles = css`
  .control.width-2 {
    max-width: 5.4ex;
  }
  .control.width-3 {
    max-width: 7.2ex;
  }
  .control.width-4 {
    max-width: 9ex;
  }
  .control.width-5 {
    max-width: 10.8ex;
  }
  .control.width-10 {
    max-width: 23ex;
  }
  .control.width-20 {
    max-width: 41ex;
  }
  .control.width-30 {
    max-width: 59ex;
  }
`;
