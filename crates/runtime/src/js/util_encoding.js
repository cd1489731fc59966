//! node:util, part 5 of 8: TextEncoder / TextDecoder (WHATWG Encoding; Node 20 with full ICU for the
//! single-byte encodings).
(function (internal) {
  'use strict';
  const shared = internal.utilShared;
  const {
    codes, host, kNoOptions, nodeError, types, u, validateObject, validateString
  } = shared;
  // ---------------------------------------------------------------------------------------------------------
  // TextEncoder / TextDecoder (WHATWG Encoding; Node 20 with full ICU for the single-byte encodings).
  // ---------------------------------------------------------------------------------------------------------
  const encodingLabels = {
    'utf-8': ['unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'utf8', 'utf-8', 'x-unicode20utf8'],
    'ibm866': ['866', 'cp866', 'csibm866', 'ibm866'],
    'iso-8859-2': ['csisolatin2', 'iso-8859-2', 'iso-ir-101', 'iso8859-2', 'iso88592', 'iso_8859-2', 'iso_8859-2:1987', 'l2', 'latin2'],
    'iso-8859-3': ['csisolatin3', 'iso-8859-3', 'iso-ir-109', 'iso8859-3', 'iso88593', 'iso_8859-3', 'iso_8859-3:1988', 'l3', 'latin3'],
    'iso-8859-4': ['csisolatin4', 'iso-8859-4', 'iso-ir-110', 'iso8859-4', 'iso88594', 'iso_8859-4', 'iso_8859-4:1988', 'l4', 'latin4'],
    'iso-8859-5': ['csisolatincyrillic', 'cyrillic', 'iso-8859-5', 'iso-ir-144', 'iso8859-5', 'iso88595', 'iso_8859-5', 'iso_8859-5:1988'],
    'iso-8859-6': ['arabic', 'asmo-708', 'csiso88596e', 'csiso88596i', 'csisolatinarabic', 'ecma-114', 'iso-8859-6', 'iso-8859-6-e',
      'iso-8859-6-i', 'iso-ir-127', 'iso8859-6', 'iso88596', 'iso_8859-6', 'iso_8859-6:1987'],
    'iso-8859-7': ['csisolatingreek', 'ecma-118', 'elot_928', 'greek', 'greek8', 'iso-8859-7', 'iso-ir-126', 'iso8859-7', 'iso88597',
      'iso_8859-7', 'iso_8859-7:1987', 'sun_eu_greek'],
    'iso-8859-8': ['csiso88598e', 'csisolatinhebrew', 'hebrew', 'iso-8859-8', 'iso-8859-8-e', 'iso-ir-138', 'iso8859-8', 'iso88598',
      'iso_8859-8', 'iso_8859-8:1988', 'visual'],
    'iso-8859-8-i': ['csiso88598i', 'iso-8859-8-i', 'logical'],
    'iso-8859-10': ['csisolatin6', 'iso-8859-10', 'iso-ir-157', 'iso8859-10', 'iso885910', 'l6', 'latin6'],
    'iso-8859-13': ['iso-8859-13', 'iso8859-13', 'iso885913'],
    'iso-8859-14': ['iso-8859-14', 'iso8859-14', 'iso885914'],
    'iso-8859-15': ['csisolatin9', 'iso-8859-15', 'iso8859-15', 'iso885915', 'iso_8859-15', 'l9'],
    'iso-8859-16': ['iso-8859-16'],
    'koi8-r': ['cskoi8r', 'koi', 'koi8', 'koi8-r', 'koi8_r'],
    'koi8-u': ['koi8-ru', 'koi8-u'],
    'macintosh': ['csmacintosh', 'mac', 'macintosh', 'x-mac-roman'],
    'windows-874': ['dos-874', 'iso-8859-11', 'iso8859-11', 'iso885911', 'tis-620', 'windows-874'],
    'windows-1250': ['cp1250', 'windows-1250', 'x-cp1250'],
    'windows-1251': ['cp1251', 'windows-1251', 'x-cp1251'],
    'windows-1252': ['ansi_x3.4-1968', 'ascii', 'cp1252', 'cp819', 'csisolatin1', 'ibm819', 'iso-8859-1', 'iso-ir-100', 'iso8859-1',
      'iso88591', 'iso_8859-1', 'iso_8859-1:1987', 'l1', 'latin1', 'us-ascii', 'windows-1252', 'x-cp1252'],
    'windows-1253': ['cp1253', 'windows-1253', 'x-cp1253'],
    'windows-1254': ['cp1254', 'csisolatin5', 'iso-8859-9', 'iso-ir-148', 'iso8859-9', 'iso88599', 'iso_8859-9', 'iso_8859-9:1989',
      'l5', 'latin5', 'windows-1254', 'x-cp1254'],
    'windows-1255': ['cp1255', 'windows-1255', 'x-cp1255'],
    'windows-1256': ['cp1256', 'windows-1256', 'x-cp1256'],
    'windows-1257': ['cp1257', 'windows-1257', 'x-cp1257'],
    'windows-1258': ['cp1258', 'windows-1258', 'x-cp1258'],
    'x-mac-cyrillic': ['x-mac-cyrillic', 'x-mac-ukrainian'],
    'gbk': ['chinese', 'csgb2312', 'csiso58gb231280', 'gb2312', 'gb_2312', 'gb_2312-80', 'gbk', 'iso-ir-58', 'x-gbk'],
    'gb18030': ['gb18030'],
    'big5': ['big5', 'big5-hkscs', 'cn-big5', 'csbig5', 'x-x-big5'],
    'euc-jp': ['cseucpkdfmtjapanese', 'euc-jp', 'x-euc-jp'],
    'iso-2022-jp': ['csiso2022jp', 'iso-2022-jp'],
    'shift_jis': ['csshiftjis', 'ms932', 'ms_kanji', 'shift-jis', 'shift_jis', 'sjis', 'windows-31j', 'x-sjis'],
    'euc-kr': ['cseuckr', 'csksc56011987', 'euc-kr', 'iso-ir-149', 'korean', 'ks_c_5601-1987', 'ks_c_5601-1989', 'ksc5601',
      'ksc_5601', 'windows-949'],
    'replacement': ['csiso2022kr', 'hz-gb-2312', 'iso-2022-cn', 'iso-2022-cn-ext', 'iso-2022-kr', 'replacement'],
    'utf-16be': ['unicodefffe', 'utf-16be'],
    'utf-16le': ['csunicode', 'iso-10646-ucs-2', 'ucs-2', 'unicode', 'unicodefeff', 'utf-16le', 'utf-16'],
    'x-user-defined': ['x-user-defined'],
  };
  let encodingsByLabel;
  function getEncodingFromLabel(label) {
    if (encodingsByLabel === undefined) {
      encodingsByLabel = new Map();
      for (const [enc, labels] of Object.entries(encodingLabels)) for (const l of labels) encodingsByLabel.set(l, enc);
    }
    const enc = encodingsByLabel.get(label);
    if (enc !== undefined) return enc;
    return encodingsByLabel.get(label.toLowerCase().replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, ''));
  }
  // Bytes 0x80-0xFF of the single-byte encodings, as ICU decodes them (U+FFFD: unmapped).
  const singleByteTables = {
    'ibm866': 'АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдежзийклмноп░▒▓│┤╡╢╖╕╣║╗╝╜╛┐└┴┬├─┼╞╟╚╔╩╦╠═╬╧╨╤╥╙╘╒╓╫╪┘┌█▄▌▐▀рстуфхцчшщъыьэюяЁёЄєЇїЎў°∙·√№¤■\u00a0',
    'iso-8859-2': '\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008a\u008b\u008c\u008d\u008e\u008f\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009a\u009b\u009c\u009d\u009e\u009f\u00a0Ą˘Ł¤ĽŚ§¨ŠŞŤŹ\u00adŽŻ°ą˛ł´ľśˇ¸šşťź˝žżŔÁÂĂÄĹĆÇČÉĘËĚÍÎĎĐŃŇÓÔŐÖ×ŘŮÚŰÜÝŢßŕáâăäĺćçčéęëěíîďđńňóôőö÷řůúűüýţ˙',
    'iso-8859-3': '\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008a\u008b\u008c\u008d\u008e\u008f\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009a\u009b\u009c\u009d\u009e\u009f\u00a0Ħ˘£¤\ufffdĤ§¨İŞĞĴ\u00ad\ufffdŻ°ħ²³´µĥ·¸ışğĵ½\ufffdżÀÁÂ\ufffdÄĊĈÇÈÉÊËÌÍÎÏ\ufffdÑÒÓÔĠÖ×ĜÙÚÛÜŬŜßàáâ\ufffdäċĉçèéêëìíîï\ufffdñòóôġö÷ĝùúûüŭŝ˙',
    'iso-8859-4': '\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008a\u008b\u008c\u008d\u008e\u008f\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009a\u009b\u009c\u009d\u009e\u009f\u00a0ĄĸŖ¤ĨĻ§¨ŠĒĢŦ\u00adŽ¯°ą˛ŗ´ĩļˇ¸šēģŧŊžŋĀÁÂÃÄÅÆĮČÉĘËĖÍÎĪĐŅŌĶÔÕÖ×ØŲÚÛÜŨŪßāáâãäåæįčéęëėíîīđņōķôõö÷øųúûüũū˙',
    'iso-8859-5': '\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008a\u008b\u008c\u008d\u008e\u008f\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009a\u009b\u009c\u009d\u009e\u009f\u00a0ЁЂЃЄЅІЇЈЉЊЋЌ\u00adЎЏАБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдежзийклмнопрстуфхцчшщъыьэюя№ёђѓєѕіїјљњћќ§ўџ',
    'iso-8859-6': '\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008a\u008b\u008c\u008d\u008e\u008f\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009a\u009b\u009c\u009d\u009e\u009f\u00a0\ufffd\ufffd\ufffd¤\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd،\u00ad\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd؛\ufffd\ufffd\ufffd؟\ufffdءآأؤإئابةتثجحخدذرزسشصضطظعغ\ufffd\ufffd\ufffd\ufffd\ufffdـفقكلمنهوىيًٌٍَُِّْ\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd',
    'iso-8859-7': '\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008a\u008b\u008c\u008d\u008e\u008f\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009a\u009b\u009c\u009d\u009e\u009f\u00a0‘’£€₯¦§¨©ͺ«¬\u00ad\ufffd―°±²³΄΅Ά·ΈΉΊ»Ό½ΎΏΐΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡ\ufffdΣΤΥΦΧΨΩΪΫάέήίΰαβγδεζηθικλμνξοπρςστυφχψωϊϋόύώ\ufffd',
    'iso-8859-8': '\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008a\u008b\u008c\u008d\u008e\u008f\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009a\u009b\u009c\u009d\u009e\u009f\u00a0\ufffd¢£¤¥¦§¨©×«¬\u00ad®¯°±²³´µ¶·¸¹÷»¼½¾\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd‗אבגדהוזחטיךכלםמןנסעףפץצקרשת\ufffd\ufffd\u200e\u200f\ufffd',
    'iso-8859-8-i': '\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008a\u008b\u008c\u008d\u008e\u008f\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009a\u009b\u009c\u009d\u009e\u009f\u00a0\ufffd¢£¤¥¦§¨©×«¬\u00ad®¯°±²³´µ¶·¸¹÷»¼½¾\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd‗אבגדהוזחטיךכלםמןנסעףפץצקרשת\ufffd\ufffd\u200e\u200f\ufffd',
    'iso-8859-10': '\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008a\u008b\u008c\u008d\u008e\u008f\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009a\u009b\u009c\u009d\u009e\u009f\u00a0ĄĒĢĪĨĶ§ĻĐŠŦŽ\u00adŪŊ°ąēģīĩķ·ļđšŧž―ūŋĀÁÂÃÄÅÆĮČÉĘËĖÍÎÏÐŅŌÓÔÕÖŨØŲÚÛÜÝÞßāáâãäåæįčéęëėíîïðņōóôõöũøųúûüýþĸ',
    'iso-8859-13': '\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008a\u008b\u008c\u008d\u008e\u008f\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009a\u009b\u009c\u009d\u009e\u009f\u00a0”¢£¤„¦§Ø©Ŗ«¬\u00ad®Æ°±²³“µ¶·ø¹ŗ»¼½¾æĄĮĀĆÄÅĘĒČÉŹĖĢĶĪĻŠŃŅÓŌÕÖ×ŲŁŚŪÜŻŽßąįāćäåęēčéźėģķīļšńņóōõö÷ųłśūüżž’',
    'iso-8859-14': '\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008a\u008b\u008c\u008d\u008e\u008f\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009a\u009b\u009c\u009d\u009e\u009f\u00a0Ḃḃ£ĊċḊ§Ẁ©ẂḋỲ\u00ad®ŸḞḟĠġṀṁ¶ṖẁṗẃṠỳẄẅṡÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏŴÑÒÓÔÕÖṪØÙÚÛÜÝŶßàáâãäåæçèéêëìíîïŵñòóôõöṫøùúûüýŷÿ',
    'iso-8859-15': '\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008a\u008b\u008c\u008d\u008e\u008f\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009a\u009b\u009c\u009d\u009e\u009f\u00a0¡¢£€¥Š§š©ª«¬\u00ad®¯°±²³Žµ¶·ž¹º»ŒœŸ¿ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõö÷øùúûüýþÿ',
    'koi8-r': '─│┌┐└┘├┤┬┴┼▀▄█▌▐░▒▓⌠■∙√≈≤≥\u00a0⌡°²·÷═║╒ё╓╔╕╖╗╘╙╚╛╜╝╞╟╠╡Ё╢╣╤╥╦╧╨╩╪╫╬©юабцдефгхийклмнопярстужвьызшэщчъЮАБЦДЕФГХИЙКЛМНОПЯРСТУЖВЬЫЗШЭЩЧЪ',
    'koi8-u': '─│┌┐└┘├┤┬┴┼▀▄█▌▐░▒▓⌠■∙√≈≤≥\u00a0⌡°²·÷═║╒ёє╔ії╗╘╙╚╛ґў╞╟╠╡ЁЄ╣ІЇ╦╧╨╩╪ҐЎ©юабцдефгхийклмнопярстужвьызшэщчъЮАБЦДЕФГХИЙКЛМНОПЯРСТУЖВЬЫЗШЭЩЧЪ',
    'macintosh': 'ÄÅÇÉÑÖÜáàâäãåçéèêëíìîïñóòôöõúùûü†°¢£§•¶ß®©™´¨≠ÆØ∞±≤≥¥µ∂∑∏π∫ªºΩæø¿¡¬√ƒ≈∆«»…\u00a0ÀÃÕŒœ–—“”‘’÷◊ÿŸ⁄€‹›ﬁﬂ‡·‚„‰ÂÊÁËÈÍÎÏÌÓÔ\uf8ffÒÚÛÙıˆ˜¯˘˙˚¸˝˛ˇ',
    'windows-874': '€\u0081\u0082\u0083\u0084…\u0086\u0087\u0088\u0089\u008a\u008b\u008c\u008d\u008e\u008f\u0090‘’“”•–—\u0098\u0099\u009a\u009b\u009c\u009d\u009e\u009f\u00a0กขฃคฅฆงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรฤลฦวศษสหฬอฮฯะัาำิีึืฺุู\ufffd\ufffd\ufffd\ufffd฿เแโใไๅๆ็่้๊๋์ํ๎๏๐๑๒๓๔๕๖๗๘๙๚๛\ufffd\ufffd\ufffd\ufffd',
    'windows-1250': '€\u0081‚\u0083„…†‡\u0088‰Š‹ŚŤŽŹ\u0090‘’“”•–—\u0098™š›śťžź\u00a0ˇ˘Ł¤Ą¦§¨©Ş«¬\u00ad®Ż°±˛ł´µ¶·¸ąş»Ľ˝ľżŔÁÂĂÄĹĆÇČÉĘËĚÍÎĎĐŃŇÓÔŐÖ×ŘŮÚŰÜÝŢßŕáâăäĺćçčéęëěíîďđńňóôőö÷řůúűüýţ˙',
    'windows-1251': 'ЂЃ‚ѓ„…†‡€‰Љ‹ЊЌЋЏђ‘’“”•–—\u0098™љ›њќћџ\u00a0ЎўЈ¤Ґ¦§Ё©Є«¬\u00ad®Ї°±Ііґµ¶·ё№є»јЅѕїАБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдежзийклмнопрстуфхцчшщъыьэюя',
    'windows-1252': '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ\u00a0¡¢£¤¥¦§¨©ª«¬\u00ad®¯°±²³´µ¶·¸¹º»¼½¾¿ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõö÷øùúûüýþÿ',
    'windows-1253': '€\u0081‚ƒ„…†‡\u0088‰\u008a‹\u008c\u008d\u008e\u008f\u0090‘’“”•–—\u0098™\u009a›\u009c\u009d\u009e\u009f\u00a0΅Ά£¤¥¦§¨©\ufffd«¬\u00ad®―°±²³΄µ¶·ΈΉΊ»Ό½ΎΏΐΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡ\ufffdΣΤΥΦΧΨΩΪΫάέήίΰαβγδεζηθικλμνξοπρςστυφχψωϊϋόύώ\ufffd',
    'windows-1254': '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008d\u008e\u008f\u0090‘’“”•–—˜™š›œ\u009d\u009eŸ\u00a0¡¢£¤¥¦§¨©ª«¬\u00ad®¯°±²³´µ¶·¸¹º»¼½¾¿ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏĞÑÒÓÔÕÖ×ØÙÚÛÜİŞßàáâãäåæçèéêëìíîïğñòóôõö÷øùúûüışÿ',
    'windows-1255': '€\u0081‚ƒ„…†‡ˆ‰\u008a‹\u008c\u008d\u008e\u008f\u0090‘’“”•–—˜™\u009a›\u009c\u009d\u009e\u009f\u00a0¡¢£₪¥¦§¨©×«¬\u00ad®¯°±²³´µ¶·¸¹÷»¼½¾¿ְֱֲֳִֵֶַָֹֺֻּֽ־ֿ׀ׁׂ׃װױײ׳״\ufffd\ufffd\ufffd\ufffd\ufffd\ufffd\ufffdאבגדהוזחטיךכלםמןנסעףפץצקרשת\ufffd\ufffd\u200e\u200f\ufffd',
    'windows-1256': '€پ‚ƒ„…†‡ˆ‰ٹ‹Œچژڈگ‘’“”•–—ک™ڑ›œ\u200c\u200dں\u00a0،¢£¤¥¦§¨©ھ«¬\u00ad®¯°±²³´µ¶·¸¹؛»¼½¾؟ہءآأؤإئابةتثجحخدذرزسشصض×طظعغـفقكàلâمنهوçèéêëىيîïًٌٍَôُِ÷ّùْûü\u200e\u200fے',
    'windows-1257': '€\u0081‚\u0083„…†‡\u0088‰\u008a‹\u008c¨ˇ¸\u0090‘’“”•–—\u0098™\u009a›\u009c¯˛\u009f\u00a0\ufffd¢£¤\ufffd¦§Ø©Ŗ«¬\u00ad®Æ°±²³´µ¶·ø¹ŗ»¼½¾æĄĮĀĆÄÅĘĒČÉŹĖĢĶĪĻŠŃŅÓŌÕÖ×ŲŁŚŪÜŻŽßąįāćäåęēčéźėģķīļšńņóōõö÷ųłśūüżž˙',
    'windows-1258': '€\u0081‚ƒ„…†‡ˆ‰\u008a‹Œ\u008d\u008e\u008f\u0090‘’“”•–—˜™\u009a›œ\u009d\u009eŸ\u00a0¡¢£¤¥¦§¨©ª«¬\u00ad®¯°±²³´µ¶·¸¹º»¼½¾¿ÀÁÂĂÄÅÆÇÈÉÊË̀ÍÎÏĐÑ̉ÓÔƠÖ×ØÙÚÛÜỮßàáâăäåæçèéêë́íîïđṇ̃óôơö÷øùúûüư₫ÿ',
    'x-mac-cyrillic': 'АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ†°Ґ£§•¶І®©™Ђђ≠Ѓѓ∞±≤≥іµґЈЄєЇїЉљЊњјЅ¬√ƒ≈∆«»…\u00a0ЋћЌќѕ–—“”‘’÷„ЎўЏџ№Ёёяабвгдежзийклмнопрстуфхцчшщъыьэю€',
  };
  const kEncoding = Symbol('encoding');
  const kFlags = Symbol('flags');
  const kDecoder = Symbol('decoder');
  const kEncoder = Symbol('encoder');
  const kState = Symbol('state');
  const kFastPath = Symbol('fastPath');
  const FLAG_FATAL = 0x2;
  const FLAG_IGNORE_BOM = 0x4;
  const customInspect = Symbol.for('nodejs.util.inspect.custom');

  // Accumulates UTF-16 code units into a string without huge argument lists.
  function unitsToString(units) {
    let s = '';
    for (let i = 0; i < units.length; i += 8192) s += String.fromCharCode.apply(null, units.slice(i, i + 8192));
    return s;
  }
  function pushCodePoint(out, cp) {
    if (cp > 0xffff) {
      cp -= 0x10000;
      out.push(0xd800 + (cp >> 10), 0xdc00 + (cp & 0x3ff));
    } else {
      out.push(cp);
    }
  }
  // WHATWG UTF-8 decoder over bytes[start, end); returns false on an error in fatal mode.
  function utf8DecodeJS(bytes, start, end, st, fatal, flush, out) {
    for (let i = start; i < end; i++) {
      const b = bytes[i];
      if (st.needed === 0) {
        if (b <= 0x7f) {
          out.push(b);
        } else if (b >= 0xc2 && b <= 0xdf) {
          st.needed = 1;
          st.cp = b & 0x1f;
        } else if (b >= 0xe0 && b <= 0xef) {
          if (b === 0xe0) st.lower = 0xa0;
          if (b === 0xed) st.upper = 0x9f;
          st.needed = 2;
          st.cp = b & 0xf;
        } else if (b >= 0xf0 && b <= 0xf4) {
          if (b === 0xf0) st.lower = 0x90;
          if (b === 0xf4) st.upper = 0x8f;
          st.needed = 3;
          st.cp = b & 0x7;
        } else {
          if (fatal) return false;
          out.push(0xfffd);
        }
        continue;
      }
      if (b < st.lower || b > st.upper) {
        st.cp = 0; st.needed = 0; st.seen = 0; st.lower = 0x80; st.upper = 0xbf;
        if (fatal) return false;
        out.push(0xfffd);
        i--;
        continue;
      }
      st.lower = 0x80;
      st.upper = 0xbf;
      st.cp = (st.cp << 6) | (b & 0x3f);
      st.seen++;
      if (st.seen === st.needed) {
        pushCodePoint(out, st.cp);
        st.cp = 0; st.needed = 0; st.seen = 0;
      }
    }
    if (flush && st.needed !== 0) {
      st.cp = 0; st.needed = 0; st.seen = 0; st.lower = 0x80; st.upper = 0xbf;
      if (fatal) return false;
      out.push(0xfffd);
    }
    return true;
  }
  const newUtf8State = () => ({ needed: 0, seen: 0, cp: 0, lower: 0x80, upper: 0xbf });
  // node's fatal decoding error comes from C++: a plain TypeError with a `code` property (not in its name),
  // thrown at `decodeUTF8` (a UTF-8 decoder never asked to stream) or at ICU's `_decode`.
  const kStreamed = Symbol('streamed');
  function invalidData(enc, decoder) {
    const err = new TypeError(`The encoded data was not valid for encoding ${enc}`);
    err.code = 'ERR_ENCODING_INVALID_ENCODED_DATA';
    const fast = enc === 'utf-8' && !(decoder && decoder[kStreamed]);
    internal.errors.nodeFrames(err, `TextDecoder.decode (node:internal/encoding:${fast ? '447:16' : '462:14'})`);
    return internal.errors.withArrow(err, fast
      ? 'node:internal/encoding:447\n        return decodeUTF8(input, this[kIgnoreBOM], this[kFatal]);\n               ^\n'
      : 'node:internal/encoding:462\n      return _decode(this[kHandle], input, flags, this.encoding);\n             ^\n');
  }
  // Decodes bytes[start, end) from a clean state, via the host where the bytes allow it.
  function utf8DecodeChunk(bytes, start, end, fatal, enc, decoder) {
    if (start >= end) return '';
    const view = start === 0 && end === bytes.length ? bytes : bytes.subarray(start, end);
    const s = host.utf8Decode(view);
    if (fatal && s.includes('\ufffd')) {
      const out = [];
      if (!utf8DecodeJS(bytes, start, end, newUtf8State(), true, true, out)) throw invalidData(enc, decoder);
    }
    return s;
  }
  function utf8Decode(decoder, bytes, stream) {
    const fatal = (decoder[kFlags] & FLAG_FATAL) !== 0;
    if (stream) decoder[kStreamed] = true;
    const st = decoder[kState];
    let result = '';
    let start = 0;
    const len = bytes.length;
    if (st.needed !== 0) {
      // Finish the sequence left over from the previous chunk.
      const out = [];
      let i = 0;
      while (i < len && st.needed !== 0) {
        if (!utf8DecodeJS(bytes, i, i + 1, st, fatal, false, out)) {
          decoder[kState] = newUtf8State();
          throw invalidData('utf-8', decoder);
        }
        i++;
      }
      result += unitsToString(out);
      start = i;
    }
    // Keep an incomplete trailing sequence for the next chunk.
    let cut = len;
    if (stream && st.needed === 0) {
      for (let back = 1; back <= 3 && len - back >= start; back++) {
        const b = bytes[len - back];
        if (b >= 0xc0) {
          const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
          if (need > back) cut = len - back;
          break;
        }
        if (b < 0x80) break;
      }
    }
    if (st.needed === 0) result += utf8DecodeChunk(bytes, start, cut, fatal, 'utf-8', decoder);
    const out = [];
    if (!utf8DecodeJS(bytes, st.needed === 0 ? cut : start, len, st, fatal, !stream, out)) {
      decoder[kState] = newUtf8State();
      throw invalidData('utf-8', decoder);
    }
    return result + unitsToString(out);
  }
  function utf16Decode(decoder, bytes, stream, le) {
    const fatal = (decoder[kFlags] & FLAG_FATAL) !== 0;
    const st = decoder[kState];
    const out = [];
    const error = () => {
      if (fatal) {
        decoder[kState] = { leadByte: -1, leadSurrogate: -1 };
        throw invalidData(decoder[kEncoding], decoder);
      }
      out.push(0xfffd);
    };
    for (let i = 0; i < bytes.length; i++) {
      if (st.leadByte === -1) {
        st.leadByte = bytes[i];
        continue;
      }
      const cu = le ? st.leadByte + (bytes[i] << 8) : (st.leadByte << 8) + bytes[i];
      st.leadByte = -1;
      if (st.leadSurrogate !== -1) {
        const lead = st.leadSurrogate;
        st.leadSurrogate = -1;
        if (cu >= 0xdc00 && cu <= 0xdfff) {
          out.push(lead, cu);
          continue;
        }
        error();
      }
      if (cu >= 0xd800 && cu <= 0xdbff) {
        st.leadSurrogate = cu;
      } else if (cu >= 0xdc00 && cu <= 0xdfff) {
        error();
      } else {
        out.push(cu);
      }
    }
    if (!stream && (st.leadByte !== -1 || st.leadSurrogate !== -1)) {
      st.leadByte = -1;
      st.leadSurrogate = -1;
      error();
    }
    return unitsToString(out);
  }
  function singleByteDecode(decoder, bytes, table, latin1) {
    const fatal = (decoder[kFlags] & FLAG_FATAL) !== 0;
    const out = new Array(bytes.length);
    for (let i = 0; i < bytes.length; i++) {
      const b = bytes[i];
      let c;
      if (b < 0x80 || latin1) {
        c = b;
        if (decoder[kEncoding] === 'ibm866' && !latin1) c = b === 0x1a ? 0x1c : b === 0x1c ? 0x7f : b === 0x7f ? 0x1a : b;
      } else {
        c = table.charCodeAt(b - 0x80);
        if (c === 0xfffd && fatal) throw invalidData(decoder[kEncoding], decoder);
      }
      out[i] = c;
    }
    return unitsToString(out);
  }
  function toBytes(input, enc) {
    if (types.isAnyArrayBuffer(input)) return new Uint8Array(input);
    if (ArrayBuffer.isView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
    // Node's C++ decoders word this one themselves (no "Received ...").
    throw nodeError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "${enc === 'utf-8' ? 'list' : 'input'}" argument must be ` +
      'an instance of SharedArrayBuffer, ArrayBuffer or ArrayBufferView.');
  }

  class TextEncoder {
    constructor() {
      this[kEncoder] = true;
    }
    get encoding() {
      validateEncoder(this);
      return 'utf-8';
    }
    encode(input = '') {
      validateEncoder(this);
      return host.utf8Encode(`${input}`);
    }
    encodeInto(src, dest) {
      validateEncoder(this);
      try { validateString(src, 'src'); } catch (e) { throw internal.errors.nodeFrames(e, 'TextEncoder.encodeInto (node:internal/encoding:358:5)'); }
      if (!dest || !types.isUint8Array(dest)) {
        const err = internal.errors.nodeFrames(codes.ERR_INVALID_ARG_TYPE('dest', 'Uint8Array', dest), 'TextEncoder.encodeInto (node:internal/encoding:360:13)');
        throw internal.errors.withArrow(err, "node:internal/encoding:360\n      throw new ERR_INVALID_ARG_TYPE('dest', 'Uint8Array', dest);\n      ^\n");
      }
      let read = 0;
      let written = 0;
      const cap = dest.length;
      for (let i = 0; i < src.length;) {
        let c = src.charCodeAt(i);
        let units = 1;
        if (c >= 0xd800 && c <= 0xdbff && i + 1 < src.length) {
          const d = src.charCodeAt(i + 1);
          if (d >= 0xdc00 && d <= 0xdfff) {
            c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
            units = 2;
          }
        }
        if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd;
        const n = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
        if (written + n > cap) break;
        if (n === 1) {
          dest[written] = c;
        } else if (n === 2) {
          dest[written] = 0xc0 | (c >> 6);
          dest[written + 1] = 0x80 | (c & 0x3f);
        } else if (n === 3) {
          dest[written] = 0xe0 | (c >> 12);
          dest[written + 1] = 0x80 | ((c >> 6) & 0x3f);
          dest[written + 2] = 0x80 | (c & 0x3f);
        } else {
          dest[written] = 0xf0 | (c >> 18);
          dest[written + 1] = 0x80 | ((c >> 12) & 0x3f);
          dest[written + 2] = 0x80 | ((c >> 6) & 0x3f);
          dest[written + 3] = 0x80 | (c & 0x3f);
        }
        written += n;
        read += units;
        i += units;
      }
      return { read, written };
    }
    [customInspect](depth, opts) {
      validateEncoder(this);
      if (typeof depth === 'number' && depth < 0) return this;
      const obj = { encoding: this.encoding };
      return u.inspect(obj, opts);
    }
  }
  function validateEncoder(obj) {
    if (obj == null || obj[kEncoder] !== true) throw codes.ERR_INVALID_THIS('TextEncoder');
  }
  function validateDecoder(obj) {
    if (obj == null || obj[kDecoder] !== true) throw codes.ERR_INVALID_THIS('TextDecoder');
  }
  const enumerable = { enumerable: true };
  Object.defineProperties(TextEncoder.prototype, {
    encode: enumerable,
    encodeInto: enumerable,
    encoding: enumerable,
    [Symbol.toStringTag]: { configurable: true, value: 'TextEncoder' },
  });

  function resetDecoderState(decoder) {
    const enc = decoder[kEncoding];
    if (enc === 'utf-8') decoder[kState] = newUtf8State();
    else if (enc === 'utf-16le' || enc === 'utf-16be') decoder[kState] = { leadByte: -1, leadSurrogate: -1 };
    else decoder[kState] = {};
    decoder[kState].bomSeen = false;
  }
  class TextDecoder {
    constructor(encoding = 'utf-8', options = kNoOptions) {
      encoding = `${encoding}`;
      validateObject(options, 'options', 'objectsAndNull');
      const enc = getEncodingFromLabel(encoding);
      if (enc === undefined) {
        const err = internal.errors.nodeFrames(codes.ERR_ENCODING_NOT_SUPPORTED(encoding), 'new TextDecoder (node:internal/encoding:409:15)');
        throw internal.errors.withArrow(err, 'node:internal/encoding:409\n        throw new ERR_ENCODING_NOT_SUPPORTED(encoding);\n        ^\n');
      }
      if (enc !== 'utf-8' && enc !== 'utf-16le' && enc !== 'utf-16be' && singleByteTables[enc] === undefined) {
        // Multi-byte legacy encodings need ICU's converters, which Looplab does not carry.
        throw codes.ERR_ENCODING_NOT_SUPPORTED(enc);
      }
      let flags = 0;
      if (options !== null) {
        flags |= options.fatal ? FLAG_FATAL : 0;
        flags |= options.ignoreBOM ? FLAG_IGNORE_BOM : 0;
      }
      this[kDecoder] = true;
      this[kFlags] = flags;
      this[kEncoding] = enc;
      // Node's fast paths (one-shot UTF-8 and Latin-1) stay on until the first streaming call.
      this[kFastPath] = enc === 'utf-8' || enc === 'windows-1252';
      resetDecoderState(this);
    }
    decode(input = kEmptyBytes, options = kNoOptions) {
      validateDecoder(this);
      const enc = this[kEncoding];
      const stream = !!(options && options.stream);
      if (stream) this[kFastPath] = false;
      const bytes = toBytes(input, this[kFastPath] ? enc : '');
      if (!this[kFastPath]) validateObject(options, 'options', 'objectsAndNull');
      const st = this[kState];
      let result;
      if (enc === 'utf-8') {
        result = utf8Decode(this, bytes, stream);
      } else if (enc === 'utf-16le' || enc === 'utf-16be') {
        result = utf16Decode(this, bytes, stream, enc === 'utf-16le');
      } else {
        result = singleByteDecode(this, bytes, singleByteTables[enc], this[kFastPath]);
      }
      const stripBOM = enc === 'utf-8' || enc === 'utf-16le' || enc === 'utf-16be';
      if (stripBOM && result.length > 0 && !st.bomSeen) {
        if (!(this[kFlags] & FLAG_IGNORE_BOM) && result.charCodeAt(0) === 0xfeff) result = result.slice(1);
        st.bomSeen = true;
      }
      if (!stream) resetDecoderState(this);
      return result;
    }
  }
  const kEmptyBytes = new Uint8Array(0);
  const decoderShared = Object.getOwnPropertyDescriptors({
    get encoding() {
      validateDecoder(this);
      return this[kEncoding];
    },
    get fatal() {
      validateDecoder(this);
      return (this[kFlags] & FLAG_FATAL) === FLAG_FATAL;
    },
    get ignoreBOM() {
      validateDecoder(this);
      return (this[kFlags] & FLAG_IGNORE_BOM) === FLAG_IGNORE_BOM;
    },
    [customInspect](depth, opts) {
      validateDecoder(this);
      if (typeof depth === 'number' && depth < 0) return this;
      let constructor = TextDecoder;
      for (let p = Object.getPrototypeOf(this); p !== null; p = Object.getPrototypeOf(p)) {
        const d = Object.getOwnPropertyDescriptor(p, 'constructor');
        if (d && typeof d.value === 'function' && d.value.name !== '') {
          constructor = d.value;
          break;
        }
      }
      const obj = { encoding: this.encoding, fatal: this.fatal, ignoreBOM: this.ignoreBOM };
      if (opts && opts.showHidden) {
        obj[kFlags] = this[kFlags];
        obj[kState] = this[kState];
      }
      return `${constructor.name} ${u.inspect(obj)}`;
    },
  });
  decoderShared[customInspect].enumerable = false;
  Object.defineProperties(TextDecoder.prototype, {
    decode: enumerable,
    ...decoderShared,
    [Symbol.toStringTag]: { configurable: true, value: 'TextDecoder' },
  });


  Object.assign(shared, {
    TextDecoder, TextEncoder
  });
})
