// JavaScript language support for the Looplab editor (lezer parser, highlighting tags, indentation rules): split
// out of editor.js by web/js/build.mjs so the editor takes input before this, the costliest part, is evaluated.
import { javascript } from "@codemirror/lang-javascript";

export { javascript };
