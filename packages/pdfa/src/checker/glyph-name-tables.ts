/**
 * Glyph-name tables the font rules need, as ISO 32000-1 Annex D and the CFF specification give them
 * (the same tables as veraPDF's `TrueTypePredefined` and `CFFPredefined`): code → glyph name for
 * StandardEncoding, WinAnsiEncoding, MacRomanEncoding and MacExpertEncoding (unassigned codes are `.notdef`), and the
 * 391 standard strings of a CFF font (SID → name). Data only.
 */

const NOTDEF = '.notdef';

function names(lines: string[]): string[] {
  return lines.join(' ').split(' ');
}

function notdefs(count: number): string[] {
  return new Array<string>(count).fill(NOTDEF);
}

/** Codes 32–126 of WinAnsiEncoding and MacRomanEncoding (printable ASCII). */
const ASCII = names([
  'space exclam quotedbl numbersign dollar percent ampersand quotesingle parenleft parenright',
  'asterisk plus comma hyphen period slash zero one two three four five six seven eight nine colon',
  'semicolon less equal greater question at A B C D E F G H I J K L M N O P Q R S T U V W X Y Z',
  'bracketleft backslash bracketright asciicircum underscore grave a b c d e f g h i j k l m n o p',
  'q r s t u v w x y z braceleft bar braceright asciitilde',
]);

/** StandardEncoding differs from ASCII in two quotes: code 39 is quoteright, code 96 quoteleft. */
const STANDARD_ASCII = ASCII.map((name, index) =>
  index === 39 - 32 ? 'quoteright' : index === 96 - 32 ? 'quoteleft' : name,
);

/** StandardEncoding (Adobe standard Latin), code → glyph name. */
export const STANDARD_ENCODING: readonly string[] = [
  ...notdefs(32),
  ...STANDARD_ASCII,
  ...notdefs(34),
  ...names([
    'exclamdown cent sterling fraction yen florin section currency quotesingle quotedblleft',
    'guillemotleft guilsinglleft guilsinglright fi fl .notdef endash dagger daggerdbl periodcentered',
    '.notdef paragraph bullet quotesinglbase quotedblbase quotedblright guillemotright ellipsis',
    'perthousand .notdef questiondown .notdef grave acute circumflex tilde macron breve dotaccent',
    'dieresis .notdef ring cedilla .notdef hungarumlaut ogonek caron emdash .notdef .notdef .notdef',
    '.notdef .notdef .notdef .notdef .notdef .notdef .notdef .notdef .notdef .notdef .notdef .notdef',
    '.notdef AE .notdef ordfeminine .notdef .notdef .notdef .notdef Lslash Oslash OE ordmasculine',
    '.notdef .notdef .notdef .notdef .notdef ae .notdef .notdef .notdef dotlessi .notdef .notdef',
    'lslash oslash oe germandbls .notdef .notdef .notdef .notdef',
  ]),
];

/** WinAnsiEncoding, code → glyph name (unused codes above 126 are `bullet`, ISO 32000-1 D.2 note 5). */
export const WIN_ANSI_ENCODING: readonly string[] = [
  ...notdefs(32),
  ...ASCII,
  ...names([
    'bullet Euro bullet quotesinglbase florin quotedblbase ellipsis dagger daggerdbl circumflex',
    'perthousand Scaron guilsinglleft OE bullet Zcaron bullet bullet quoteleft quoteright',
    'quotedblleft quotedblright bullet endash emdash tilde trademark scaron guilsinglright oe bullet',
    'zcaron Ydieresis space exclamdown cent sterling currency yen brokenbar section dieresis',
    'copyright ordfeminine guillemotleft logicalnot hyphen registered macron degree plusminus',
    'twosuperior threesuperior acute mu paragraph periodcentered cedilla onesuperior ordmasculine',
    'guillemotright onequarter onehalf threequarters questiondown Agrave Aacute Acircumflex Atilde',
    'Adieresis Aring AE Ccedilla Egrave Eacute Ecircumflex Edieresis Igrave Iacute Icircumflex',
    'Idieresis Eth Ntilde Ograve Oacute Ocircumflex Otilde Odieresis multiply Oslash Ugrave Uacute',
    'Ucircumflex Udieresis Yacute Thorn germandbls agrave aacute acircumflex atilde adieresis aring',
    'ae ccedilla egrave eacute ecircumflex edieresis igrave iacute icircumflex idieresis eth ntilde',
    'ograve oacute ocircumflex otilde odieresis divide oslash ugrave uacute ucircumflex udieresis',
    'yacute thorn ydieresis',
  ]),
];

/** MacRomanEncoding as ISO 32000-1 D.2 lists it (the Mac-only mathematical symbols are unassigned). */
export const MAC_ROMAN_ENCODING: readonly string[] = [
  ...notdefs(32),
  ...ASCII,
  ...names([
    '.notdef Adieresis Aring Ccedilla Eacute Ntilde Odieresis Udieresis aacute agrave acircumflex',
    'adieresis atilde aring ccedilla eacute egrave ecircumflex edieresis iacute igrave icircumflex',
    'idieresis ntilde oacute ograve ocircumflex odieresis otilde uacute ugrave ucircumflex udieresis',
    'dagger degree cent sterling section bullet paragraph germandbls registered copyright trademark',
    'acute dieresis .notdef AE Oslash .notdef plusminus .notdef .notdef yen mu .notdef .notdef',
    '.notdef .notdef .notdef ordfeminine ordmasculine .notdef ae oslash questiondown exclamdown',
    'logicalnot .notdef florin .notdef .notdef guillemotleft guillemotright ellipsis space Agrave',
    'Atilde Otilde OE oe endash emdash quotedblleft quotedblright quoteleft quoteright divide .notdef',
    'ydieresis Ydieresis fraction currency guilsinglleft guilsinglright fi fl daggerdbl',
    'periodcentered quotesinglbase quotedblbase perthousand Acircumflex Ecircumflex Aacute Edieresis',
    'Egrave Iacute Icircumflex Idieresis Igrave Oacute Ocircumflex .notdef Ograve Uacute Ucircumflex',
    'Ugrave dotlessi circumflex tilde macron breve dotaccent ring cedilla hungarumlaut ogonek caron',
  ]),
];

/** MacExpertEncoding (ISO 32000-1 D.4; the same table as veraPDF's `TrueTypePredefined.MAC_EXPERT_ENCODING`), code → glyph name. */
export const MAC_EXPERT_ENCODING: readonly string[] = [
  ...notdefs(32),
  ...names([
    'space exclamsmall Hungarumlautsmall centoldstyle dollaroldstyle dollarsuperior ampersandsmall',
    'Acutesmall parenleftsuperior parenrightsuperior twodotenleader onedotenleader comma hyphen',
    'period fraction zerooldstyle oneoldstyle twooldstyle threeoldstyle fouroldstyle fiveoldstyle',
    'sixoldstyle sevenoldstyle eightoldstyle nineoldstyle colon semicolon .notdef',
    'threequartersemdash .notdef questionsmall .notdef .notdef .notdef .notdef Ethsmall .notdef',
    '.notdef onequarter onehalf threequarters oneeighth threeeighths fiveeighths seveneighths',
    'onethird twothirds .notdef .notdef .notdef .notdef .notdef .notdef ff fi fl ffi ffl',
    'parenleftinferior .notdef parenrightinferior Circumflexsmall hypheninferior Gravesmall Asmall',
    'Bsmall Csmall Dsmall Esmall Fsmall Gsmall Hsmall Ismall Jsmall Ksmall Lsmall Msmall Nsmall',
    'Osmall Psmall Qsmall Rsmall Ssmall Tsmall Usmall Vsmall Wsmall Xsmall Ysmall Zsmall',
    'colonmonetary onefitted rupiah Tildesmall .notdef .notdef asuperior centsuperior .notdef',
    '.notdef .notdef .notdef Aacutesmall Agravesmall Acircumflexsmall Adieresissmall Atildesmall',
    'Aringsmall Ccedillasmall Eacutesmall Egravesmall Ecircumflexsmall Edieresissmall Iacutesmall',
    'Igravesmall Icircumflexsmall Idieresissmall Ntildesmall Oacutesmall Ogravesmall',
    'Ocircumflexsmall Odieresissmall Otildesmall Uacutesmall Ugravesmall Ucircumflexsmall',
    'Udieresissmall .notdef eightsuperior fourinferior threeinferior sixinferior eightinferior',
    'seveninferior Scaronsmall .notdef centinferior twoinferior .notdef Dieresissmall .notdef',
    'Caronsmall osuperior fiveinferior .notdef commainferior periodinferior Yacutesmall .notdef',
    'dollarinferior .notdef .notdef Thornsmall .notdef nineinferior zeroinferior Zcaronsmall',
    'AEsmall Oslashsmall questiondownsmall oneinferior Lslashsmall .notdef .notdef .notdef .notdef',
    '.notdef .notdef Cedillasmall .notdef .notdef .notdef .notdef .notdef OEsmall figuredash',
    'hyphensuperior .notdef .notdef .notdef .notdef exclamdownsmall .notdef Ydieresissmall .notdef',
    'onesuperior twosuperior threesuperior foursuperior fivesuperior sixsuperior sevensuperior',
    'ninesuperior zerosuperior .notdef esuperior rsuperior tsuperior .notdef .notdef isuperior',
    'ssuperior dsuperior .notdef .notdef .notdef .notdef .notdef lsuperior Ogoneksmall Brevesmall',
    'Macronsmall bsuperior nsuperior msuperior commasuperior periodsuperior Dotaccentsmall',
    'Ringsmall .notdef .notdef .notdef .notdef',
  ]),
];

/** The CFF standard strings (CFF specification, Appendix A), SID → glyph name. */
export const CFF_STANDARD_STRINGS: readonly string[] = [
  NOTDEF,
  ...STANDARD_ASCII,
  ...names([
    'exclamdown cent sterling fraction yen florin section currency quotesingle quotedblleft',
    'guillemotleft guilsinglleft guilsinglright fi fl endash dagger daggerdbl periodcentered',
    'paragraph bullet quotesinglbase quotedblbase quotedblright guillemotright ellipsis perthousand',
    'questiondown grave acute circumflex tilde macron breve dotaccent dieresis ring cedilla',
    'hungarumlaut ogonek caron emdash AE ordfeminine Lslash Oslash OE ordmasculine ae dotlessi lslash',
    'oslash oe germandbls onesuperior logicalnot mu trademark Eth onehalf plusminus Thorn onequarter',
    'divide brokenbar degree thorn threequarters twosuperior registered minus eth multiply',
    'threesuperior copyright Aacute Acircumflex Adieresis Agrave Aring Atilde Ccedilla Eacute',
    'Ecircumflex Edieresis Egrave Iacute Icircumflex Idieresis Igrave Ntilde Oacute Ocircumflex',
    'Odieresis Ograve Otilde Scaron Uacute Ucircumflex Udieresis Ugrave Yacute Ydieresis Zcaron',
    'aacute acircumflex adieresis agrave aring atilde ccedilla eacute ecircumflex edieresis egrave',
    'iacute icircumflex idieresis igrave ntilde oacute ocircumflex odieresis ograve otilde scaron',
    'uacute ucircumflex udieresis ugrave yacute ydieresis zcaron exclamsmall Hungarumlautsmall',
    'dollaroldstyle dollarsuperior ampersandsmall Acutesmall parenleftsuperior parenrightsuperior',
    'twodotenleader onedotenleader zerooldstyle oneoldstyle twooldstyle threeoldstyle fouroldstyle',
    'fiveoldstyle sixoldstyle sevenoldstyle eightoldstyle nineoldstyle commasuperior',
    'threequartersemdash periodsuperior questionsmall asuperior bsuperior centsuperior dsuperior',
    'esuperior isuperior lsuperior msuperior nsuperior osuperior rsuperior ssuperior tsuperior ff ffi',
    'ffl parenleftinferior parenrightinferior Circumflexsmall hyphensuperior Gravesmall Asmall Bsmall',
    'Csmall Dsmall Esmall Fsmall Gsmall Hsmall Ismall Jsmall Ksmall Lsmall Msmall Nsmall Osmall',
    'Psmall Qsmall Rsmall Ssmall Tsmall Usmall Vsmall Wsmall Xsmall Ysmall Zsmall colonmonetary',
    'onefitted rupiah Tildesmall exclamdownsmall centoldstyle Lslashsmall Scaronsmall Zcaronsmall',
    'Dieresissmall Brevesmall Caronsmall Dotaccentsmall Macronsmall figuredash hypheninferior',
    'Ogoneksmall Ringsmall Cedillasmall questiondownsmall oneeighth threeeighths fiveeighths',
    'seveneighths onethird twothirds zerosuperior foursuperior fivesuperior sixsuperior sevensuperior',
    'eightsuperior ninesuperior zeroinferior oneinferior twoinferior threeinferior fourinferior',
    'fiveinferior sixinferior seveninferior eightinferior nineinferior centinferior dollarinferior',
    'periodinferior commainferior Agravesmall Aacutesmall Acircumflexsmall Atildesmall Adieresissmall',
    'Aringsmall AEsmall Ccedillasmall Egravesmall Eacutesmall Ecircumflexsmall Edieresissmall',
    'Igravesmall Iacutesmall Icircumflexsmall Idieresissmall Ethsmall Ntildesmall Ogravesmall',
    'Oacutesmall Ocircumflexsmall Otildesmall Odieresissmall OEsmall Oslashsmall Ugravesmall',
    'Uacutesmall Ucircumflexsmall Udieresissmall Yacutesmall Thornsmall Ydieresissmall 001.000',
    '001.001 001.002 001.003 Black Bold Book Light Medium Regular Roman Semibold',
  ]),
];

/**
 * The 258 standard Macintosh glyph names a `post` table (format 2.0) indexes below 258, in veraPDF's
 * spelling (`TrueTypePredefined.MAC_INDEX_TO_GLYPH_NAME`: an older Apple list, so `notdef`, `mu1`,
 * `Ohm`, `increment`, `nbspace`, `applelogo`, `overscore`, `Idot`, `dmacron`, and `fi` twice where
 * the TrueType specification has `fl`), so a name resolves through the `post` table as it does there.
 */
export const MAC_GLYPH_ORDER: readonly string[] = names([
  'notdef .null CR space exclam quotedbl numbersign dollar percent ampersand quotesingle parenleft',
  'parenright asterisk plus comma hyphen period slash zero one two three four five six seven eight',
  'nine colon semicolon less equal greater question at A B C D E F G H I J K L M N O P Q R S T U V',
  'W X Y Z bracketleft backslash bracketright asciicircum underscore grave a b c d e f g h i j k l',
  'm n o p q r s t u v w x y z braceleft bar braceright asciitilde Adieresis Aring Ccedilla Eacute',
  'Ntilde Odieresis Udieresis aacute agrave acircumflex adieresis atilde aring ccedilla eacute',
  'egrave ecircumflex edieresis iacute igrave icircumflex idieresis ntilde oacute ograve',
  'ocircumflex odieresis otilde uacute ugrave ucircumflex udieresis dagger degree cent sterling',
  'section bullet paragraph germandbls registered copyright trademark acute dieresis notequal AE',
  'Oslash infinity plusminus lessequal greaterequal yen mu1 partialdiff summation product pi',
  'integral ordfeminine ordmasculine Ohm ae oslash questiondown exclamdown logicalnot radical',
  'florin approxequal increment guillemotleft guillemotright ellipsis nbspace Agrave Atilde Otilde',
  'OE oe endash emdash quotedblleft quotedblright quoteleft quoteright divide lozenge ydieresis',
  'Ydieresis fraction currency guilsinglleft guilsinglright fi fi daggerdbl periodcentered',
  'quotesinglbase quotedblbase perthousand Acircumflex Ecircumflex Aacute Edieresis Egrave Iacute',
  'Icircumflex Idieresis Igrave Oacute Ocircumflex applelogo Ograve Uacute Ucircumflex Ugrave',
  'dotlessi circumflex tilde overscore breve dotaccent ring cedilla hungarumlaut ogonek caron',
  'Lslash lslash Scaron scaron Zcaron zcaron brokenbar Eth eth Yacute yacute Thorn thorn minus',
  'multiply onesuperior twosuperior threesuperior onehalf onequarter threequarters franc Gbreve',
  'gbreve Idot Scedilla scedilla Cacute cacute Ccaron ccaron dmacron',
]);

/**
 * Glyph name → code in the Mac OS Roman character set, as veraPDF's
 * `TrueTypePredefined.MAC_OS_ROMAN_ENCODING_MAP` has it: MacRomanEncoding's names (first code) and
 * the 15 Mac-only symbols ISO 32000-1 leaves unassigned. A simple TrueType font's glyph name is looked
 * up in its (1,0) cmap through this code.
 */
export const MAC_OS_ROMAN_CODES: ReadonlyMap<string, number> = (() => {
  const codes = new Map<string, number>();
  MAC_ROMAN_ENCODING.forEach((name, code) => {
    if (name !== NOTDEF && !codes.has(name)) codes.set(name, code);
  });
  const symbols = names([
    'notequal 173 infinity 176 lessequal 178 greaterequal 179 partialdiff 182 summation 183',
    'product 184 pi 185 integral 186 Omega 189 radical 195 approxequal 197 Delta 198 lozenge 215',
    'apple 240',
  ]);
  for (let index = 0; index + 1 < symbols.length; index += 2)
    codes.set(symbols[index] as string, Number(symbols[index + 1]));
  return codes;
})();
