//! node:util, part 4 of 8: util.parseArgs (lib/internal/util/parse_args/*) with node's errors and frames.
(function (internal) {
  'use strict';
  const shared = internal.utilShared;
  const {
    checked, codes, hasOwn, kNoOptions, validateArray, validateBoolean, validateObject, validateString
  } = shared;
  // ---------------------------------------------------------------------------------------------------------
  // parseArgs (lib/internal/util/parse_args/*).
  // ---------------------------------------------------------------------------------------------------------
  const objectGetOwn = (obj, prop) => (hasOwn(obj, prop) ? obj[prop] : undefined);
  const optionsGetOwn = (options, longOption, prop) =>
    (hasOwn(options, longOption) ? objectGetOwn(options[longOption], prop) : undefined);
  const isOptionValue = (value) => value != null;
  const isOptionLikeValue = (value) => value != null && value.length > 1 && value.charAt(0) === '-';
  const isLoneShortOption = (arg) => arg.length === 2 && arg.charAt(0) === '-' && arg.charAt(1) !== '-';
  const isLoneLongOption = (arg) => arg.length > 2 && arg.startsWith('--') && !arg.includes('=', 3);
  const isLongOptionAndValue = (arg) => arg.length > 2 && arg.startsWith('--') && arg.includes('=', 3);
  function findLongOptionForShort(shortOption, options) {
    validateObject(options, 'options');
    const entry = Object.entries(options).find(([, config]) => objectGetOwn(config, 'short') === shortOption);
    return entry ? entry[0] : shortOption;
  }
  function isShortOptionGroup(arg, options) {
    if (arg.length <= 2 || arg.charAt(0) !== '-' || arg.charAt(1) === '-') return false;
    return optionsGetOwn(options, findLongOptionForShort(arg.charAt(1), options), 'type') !== 'string';
  }
  function isShortOptionAndValue(arg, options) {
    validateObject(options, 'options');
    if (arg.length <= 2 || arg.charAt(0) !== '-' || arg.charAt(1) === '-') return false;
    return optionsGetOwn(options, findLongOptionForShort(arg.charAt(1), options), 'type') === 'string';
  }
  // Where node's parse_args.js throws a token's error (`fn` at `line:col`, the source line `text`): the frames
  // and header parseArgs's loop puts on it.
  const paSites = new WeakMap();
  function paSite(err, fn, line, col, text) {
    const at = `node:internal/util/parse_args/parse_args:${line}`;
    paSites.set(err, { frames: [`${fn} (${at}:${col})`], arrow: `${at}\n${text}\n${' '.repeat(text.search(/\S/))}^\n` });
    return err;
  }
  function checkOptionLikeValue(token) {
    if (!token.inlineValue && isOptionLikeValue(token.value)) {
      const example = token.rawName.startsWith('--') ? `'${token.rawName}=-XYZ'` :
        `'--${token.name}=-XYZ' or '${token.rawName}-XYZ'`;
      throw paSite(codes.ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${token.rawName}' argument is ambiguous.
Did you forget to specify the option argument for '${token.rawName}'?
To specify an option argument starting with a dash use ${example}.`), 'checkOptionLikeValue', 87, 11,
      '    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(errorMessage);');
    }
  }
  function checkOptionUsage(config, token) {
    let tokenName = token.name;
    if (!hasOwn(config.options, tokenName)) {
      if (config.allowNegative && tokenName.startsWith('no-')) {
        tokenName = tokenName.slice(3);
        if (!hasOwn(config.options, tokenName) || optionsGetOwn(config.options, tokenName, 'type') !== 'boolean') {
          throw paSite(codes.ERR_PARSE_ARGS_UNKNOWN_OPTION(token.rawName, config.allowPositionals), 'checkOptionUsage', 103, 15,
            '        throw new ERR_PARSE_ARGS_UNKNOWN_OPTION(');
        }
      } else {
        throw paSite(codes.ERR_PARSE_ARGS_UNKNOWN_OPTION(token.rawName, config.allowPositionals), 'checkOptionUsage', 107, 13,
          '      throw new ERR_PARSE_ARGS_UNKNOWN_OPTION(');
      }
    }
    const short = optionsGetOwn(config.options, tokenName, 'short');
    const shortAndLong = `${short ? `-${short}, ` : ''}--${tokenName}`;
    const type = optionsGetOwn(config.options, tokenName, 'type');
    if (type === 'string' && typeof token.value !== 'string') {
      throw paSite(codes.ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${shortAndLong} <value>' argument missing`), 'checkOptionUsage', 116, 11,
        "    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${shortAndLong} <value>' argument missing`);");
    }
    if (type === 'boolean' && token.value != null) {
      throw paSite(codes.ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${shortAndLong}' does not take an argument`), 'checkOptionUsage', 120, 11,
        "    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${shortAndLong}' does not take an argument`);");
    }
  }
  function storeOption(token, options, values, allowNegative) {
    let longOption = token.name;
    let optionValue = token.value;
    if (longOption === '__proto__') return;
    if (allowNegative && longOption.startsWith('no-') && optionValue === undefined) {
      longOption = longOption.slice(3);
      token.name = longOption;
      optionValue = false;
    }
    const newValue = optionValue ?? true;
    if (optionsGetOwn(options, longOption, 'multiple')) {
      if (values[longOption]) values[longOption].push(newValue);
      else values[longOption] = [newValue];
    } else {
      values[longOption] = newValue;
    }
  }
  function argsToTokens(args, options) {
    const tokens = [];
    let index = -1;
    let groupCount = 0;
    const remainingArgs = args.slice();
    while (remainingArgs.length > 0) {
      const arg = remainingArgs.shift();
      const nextArg = remainingArgs[0];
      if (groupCount > 0) groupCount--;
      else index++;
      if (arg === '--') {
        tokens.push({ kind: 'option-terminator', index });
        for (const a of remainingArgs) tokens.push({ kind: 'positional', index: ++index, value: a });
        break;
      }
      if (isLoneShortOption(arg)) {
        const shortOption = arg.charAt(1);
        const longOption = findLongOptionForShort(shortOption, options);
        let value;
        let inlineValue;
        if (optionsGetOwn(options, longOption, 'type') === 'string' && isOptionValue(nextArg)) {
          value = remainingArgs.shift();
          inlineValue = false;
        }
        tokens.push({ kind: 'option', name: longOption, rawName: arg, index, value, inlineValue });
        if (value != null) ++index;
        continue;
      }
      if (isShortOptionGroup(arg, options)) {
        const expanded = [];
        for (let i = 1; i < arg.length; i++) {
          const shortOption = arg.charAt(i);
          const longOption = findLongOptionForShort(shortOption, options);
          if (optionsGetOwn(options, longOption, 'type') !== 'string' || i === arg.length - 1) {
            expanded.push(`-${shortOption}`);
          } else {
            expanded.push(`-${arg.slice(i)}`);
            break;
          }
        }
        remainingArgs.unshift(...expanded);
        groupCount = expanded.length;
        continue;
      }
      if (isShortOptionAndValue(arg, options)) {
        const shortOption = arg.charAt(1);
        const longOption = findLongOptionForShort(shortOption, options);
        tokens.push({ kind: 'option', name: longOption, rawName: `-${shortOption}`, index, value: arg.slice(2), inlineValue: true });
        continue;
      }
      if (isLoneLongOption(arg)) {
        const longOption = arg.slice(2);
        let value;
        let inlineValue;
        if (optionsGetOwn(options, longOption, 'type') === 'string' && isOptionValue(nextArg)) {
          value = remainingArgs.shift();
          inlineValue = false;
        }
        tokens.push({ kind: 'option', name: longOption, rawName: arg, index, value, inlineValue });
        if (value != null) ++index;
        continue;
      }
      if (isLongOptionAndValue(arg)) {
        const equalIndex = arg.indexOf('=');
        const longOption = arg.slice(2, equalIndex);
        tokens.push({ kind: 'option', name: longOption, rawName: `--${longOption}`, index, value: arg.slice(equalIndex + 1), inlineValue: true });
        continue;
      }
      tokens.push({ kind: 'positional', index, value: arg });
    }
    return tokens;
  }
  function validateArrayOf(check, type) {
    return (value, name) => {
      validateArray(value, name);
      for (let i = 0; i < value.length; i++) {
        if (typeof value[i] !== type) throw codes.ERR_INVALID_ARG_TYPE(`${name}[${i}]`, type, value[i]);
      }
    };
  }
  // (A method, not node's arrow, with no prototype either: its frames name the receiver it was called on, `Object.parseArgs` for
  // `util.parseArgs(...)`, which an arrow cannot see.)
  const { parseArgs } = { parseArgs(config = kNoOptions) {
    const process = internal.process;
    const args = objectGetOwn(config, 'args') ?? process.argv.slice(2);
    const strict = objectGetOwn(config, 'strict') ?? true;
    const allowPositionals = objectGetOwn(config, 'allowPositionals') ?? !strict;
    const returnTokens = objectGetOwn(config, 'tokens') ?? false;
    const allowNegative = objectGetOwn(config, 'allowNegative') ?? false;
    const options = objectGetOwn(config, 'options') ?? { __proto__: null };
    const parseConfig = { args, strict, options, allowPositionals, allowNegative };
    const where = (line) => `node:internal/util/parse_args/parse_args:${line}:3`;
    const self = this;
    const named = `${internal.errors.moduleReceiver(self)}parseArgs`;
    checked(self, 'parseArgs', where(318), () => validateArray(args, 'args'));
    checked(self, 'parseArgs', where(319), () => validateBoolean(strict, 'strict'));
    checked(self, 'parseArgs', where(320), () => validateBoolean(allowPositionals, 'allowPositionals'));
    checked(self, 'parseArgs', where(321), () => validateBoolean(returnTokens, 'tokens'));
    checked(self, 'parseArgs', where(322), () => validateBoolean(allowNegative, 'allowNegative'));
    checked(self, 'parseArgs', where(323), () => validateObject(options, 'options'));
    for (const [longOption, optionConfig] of Object.entries(options)) {
      validateObject(optionConfig, `options.${longOption}`);
      const optionType = objectGetOwn(optionConfig, 'type');
      if (optionType !== 'string' && optionType !== 'boolean') {
        throw codes.ERR_INVALID_ARG_TYPE(`options.${longOption}.type`, "('string|boolean')", optionType);
      }
      if (hasOwn(optionConfig, 'short')) {
        const shortOption = optionConfig.short;
        validateString(shortOption, `options.${longOption}.short`);
        if (shortOption.length !== 1) {
          throw codes.ERR_INVALID_ARG_VALUE(`options.${longOption}.short`, shortOption, 'must be a single character');
        }
      }
      const multipleOption = objectGetOwn(optionConfig, 'multiple');
      if (hasOwn(optionConfig, 'multiple')) validateBoolean(multipleOption, `options.${longOption}.multiple`);
      const defaultValue = objectGetOwn(optionConfig, 'default');
      if (defaultValue !== undefined) {
        let validator;
        if (optionType === 'string') validator = multipleOption ? validateArrayOf(null, 'string') : validateString;
        else validator = multipleOption ? validateArrayOf(null, 'boolean') : validateBoolean;
        validator(defaultValue, `options.${longOption}.default`);
      }
    }
    const tokens = argsToTokens(args, options);
    const result = { values: { __proto__: null }, positionals: [] };
    if (returnTokens) result.tokens = tokens;
    // node's loop is a `tokens.forEach(...)` arrow: its frames go under the check's.
    const PA = 'node:internal/util/parse_args/parse_args';
    const inLoop = (e, at) => {
      const site = paSites.get(e);
      if (site === undefined) return e;
      paSites.delete(e);
      return internal.errors.withArrow(internal.errors.nodeFrames(e, ...site.frames, `${PA}:${at}`, 'Array.forEach (<anonymous>)',
        `${named} (${PA}:378:3)`), site.arrow);
    };
    for (const token of tokens) {
      if (token.kind === 'option') {
        if (strict) {
          try { checkOptionUsage(parseConfig, token); } catch (e) { throw inLoop(e, '381:9'); }
          try { checkOptionLikeValue(token); } catch (e) { throw inLoop(e, '382:9'); }
        }
        storeOption(token, options, result.values, parseConfig.allowNegative);
      } else if (token.kind === 'positional') {
        if (!allowPositionals) {
          throw internal.errors.withArrow(internal.errors.nodeFrames(codes.ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL(token.value),
            `${PA}:387:15`, 'Array.forEach (<anonymous>)', `${named} (${PA}:378:3)`),
          `${PA}:387\n        throw new ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL(token.value);\n        ^\n`);
        }
        result.positionals.push(token.value);
      }
    }
    for (const [longOption, optionConfig] of Object.entries(options)) {
      if (objectGetOwn(optionConfig, 'default') !== undefined && result.values[longOption] === undefined &&
          longOption !== '__proto__') {
        result.values[longOption] = objectGetOwn(optionConfig, 'default');
      }
    }
    return result;
  } };


  Object.assign(shared, {
    parseArgs
  });
})
