using System.Buffers;
using System.Collections.Frozen;
using System.Text;

namespace Scholarly.Parsing.Text;

/// <summary>
/// Turns text with LaTeX remnants (arXiv abstracts, BibTeX fields) into readable plain text:
/// <c>\textit{x}</c> → <c>x</c>, <c>\href{url}{text}</c> → <c>text</c>, <c>\url{u}</c> → <c>u</c>,
/// <c>$L^{2}$</c> → <c>L²</c>, <c>--</c> → <c>–</c>, <c>~</c> → space, <c>\%</c> → <c>%</c>, accents
/// such as <c>\'{e}</c> → <c>é</c>, and common math symbols (<c>\alpha</c> → <c>α</c>).
/// </summary>
/// <remarks>
/// <para>
/// Scripts in math: a superscript or subscript whose characters all have a Unicode superscript or
/// subscript form (digits, <c>+ - = ( )</c>, and <c>n</c>, <c>i</c> for superscripts) becomes that form
/// (<c>$L^{2}$</c> → <c>L²</c>, <c>P$^3$T</c> → <c>P³T</c>); any other keeps a caret or underscore,
/// with parentheses around more than one character (<c>$L^{p}$</c> → <c>L^p</c>,
/// <c>$e^{-x}$</c> → <c>e^(-x)</c>). Unicode letters such as <c>ᵖ</c> are avoided because they are
/// poorly supported by fonts and search.
/// </para>
/// <para>
/// An unescaped <c>%</c> is kept: in copied abstracts it is a percent sign, not a comment. A lone
/// <c>$</c> without a closing one is kept as a dollar sign. URLs in running text are copied verbatim
/// (no dash or tilde rewriting inside them). Unknown commands followed by <c>{</c> are dropped and
/// their arguments kept; other unknown commands are kept as written. Grouping braces are removed.
/// </para>
/// </remarks>
internal static class LatexText
{
    // Nesting deeper than this is copied as is, so hostile input cannot exhaust the stack.
    private const int MaxDepth = 32;

    // Math longer than this (between $…$ or \(…\)) is not looked for, so a long text full of
    // unclosed delimiters costs linear rather than quadratic time. Real formulas are far shorter.
    private const int MaxMathLength = 1024;

    private static readonly SearchValues<char> s_special = SearchValues.Create("\\${}~-`'");

    private static readonly SearchValues<char> s_urlEnd = SearchValues.Create(" \n\t{}\\$");

    // Commands whose single argument is kept as text (style, fonts, boxes).
    private static readonly FrozenSet<string> s_keepArgument = FrozenSet.ToFrozenSet(
    [
        "textit", "textbf", "textsc", "texttt", "textrm", "textsf", "textsl", "textup", "textmd", "textnormal",
        "emph", "underline", "uline", "ul", "text", "mbox", "hbox", "fbox", "textsuperscript", "mathrm", "mathit",
        "mathbf", "mathsf", "mathtt", "mathcal", "mathscr", "mathfrak", "mathnormal", "boldsymbol", "bm",
        "operatorname", "ensuremath", "overline", "widehat", "widetilde",
    ], StringComparer.Ordinal);

    // Commands that are dropped together with their single argument.
    private static readonly FrozenSet<string> s_dropWithArgument = FrozenSet.ToFrozenSet(
    [
        "label", "color", "hspace", "vspace", "cite", "citep", "citet", "citealp", "ref", "eqref", "footnotemark",
        "thanks", "pagecolor", "index",
    ], StringComparer.Ordinal);

    // Commands without arguments that change style or spacing and carry no text.
    private static readonly FrozenSet<string> s_dropDeclaration = FrozenSet.ToFrozenSet(
    [
        "em", "bf", "it", "sc", "tt", "rm", "sf", "sl", "itshape", "bfseries", "scshape", "ttfamily", "rmfamily",
        "sffamily", "mdseries", "upshape", "normalfont", "small", "large", "Large", "LARGE", "footnotesize",
        "scriptsize", "tiny", "huge", "Huge", "normalsize", "centering", "noindent", "displaystyle", "textstyle",
        "scriptstyle", "limits", "nolimits", "left", "right", "big", "Big", "bigg", "Bigg", "bigl", "bigr",
        "Bigl", "Bigr", "biggl", "biggr", "middle", "protect", "relax", "xspace", "nobreak", "allowbreak",
    ], StringComparer.Ordinal);

    // Commands that stand for a character or word.
    private static readonly FrozenDictionary<string, string> s_symbols = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["alpha"] = "α", ["beta"] = "β", ["gamma"] = "γ", ["delta"] = "δ", ["epsilon"] = "ε", ["varepsilon"] = "ε",
        ["zeta"] = "ζ", ["eta"] = "η", ["theta"] = "θ", ["vartheta"] = "ϑ", ["iota"] = "ι", ["kappa"] = "κ",
        ["lambda"] = "λ", ["mu"] = "μ", ["nu"] = "ν", ["xi"] = "ξ", ["pi"] = "π", ["varpi"] = "ϖ", ["rho"] = "ρ",
        ["varrho"] = "ϱ", ["sigma"] = "σ", ["varsigma"] = "ς", ["tau"] = "τ", ["upsilon"] = "υ", ["phi"] = "ϕ",
        ["varphi"] = "φ", ["chi"] = "χ", ["psi"] = "ψ", ["omega"] = "ω", ["Gamma"] = "Γ", ["Delta"] = "Δ",
        ["Theta"] = "Θ", ["Lambda"] = "Λ", ["Xi"] = "Ξ", ["Pi"] = "Π", ["Sigma"] = "Σ", ["Upsilon"] = "Υ",
        ["Phi"] = "Φ", ["Psi"] = "Ψ", ["Omega"] = "Ω",
        ["times"] = "×", ["cdot"] = "·", ["div"] = "÷", ["pm"] = "±", ["mp"] = "∓", ["leq"] = "≤", ["le"] = "≤",
        ["leqslant"] = "≤", ["geq"] = "≥", ["ge"] = "≥", ["geqslant"] = "≥", ["neq"] = "≠", ["ne"] = "≠",
        ["approx"] = "≈", ["sim"] = "∼", ["simeq"] = "≃", ["equiv"] = "≡", ["propto"] = "∝", ["ll"] = "≪",
        ["gg"] = "≫", ["infty"] = "∞", ["partial"] = "∂", ["nabla"] = "∇", ["sum"] = "∑", ["prod"] = "∏",
        ["int"] = "∫", ["in"] = "∈", ["notin"] = "∉", ["subset"] = "⊂", ["subseteq"] = "⊆", ["supset"] = "⊃",
        ["supseteq"] = "⊇", ["cup"] = "∪", ["cap"] = "∩", ["emptyset"] = "∅", ["varnothing"] = "∅",
        ["forall"] = "∀", ["exists"] = "∃", ["neg"] = "¬", ["lnot"] = "¬", ["land"] = "∧", ["wedge"] = "∧",
        ["lor"] = "∨", ["vee"] = "∨", ["to"] = "→", ["rightarrow"] = "→", ["leftarrow"] = "←", ["gets"] = "←",
        ["Rightarrow"] = "⇒", ["Leftarrow"] = "⇐", ["leftrightarrow"] = "↔", ["Leftrightarrow"] = "⇔",
        ["mapsto"] = "↦", ["uparrow"] = "↑", ["downarrow"] = "↓", ["ell"] = "ℓ", ["circ"] = "∘", ["star"] = "⋆",
        ["ast"] = "∗", ["prime"] = "′", ["langle"] = "⟨", ["rangle"] = "⟩", ["lvert"] = "|", ["rvert"] = "|",
        ["vert"] = "|", ["mid"] = "|", ["lVert"] = "‖", ["rVert"] = "‖", ["Vert"] = "‖", ["top"] = "⊤",
        ["perp"] = "⊥", ["bot"] = "⊥", ["odot"] = "⊙", ["oplus"] = "⊕", ["otimes"] = "⊗", ["setminus"] = "∖",
        ["lfloor"] = "⌊", ["rfloor"] = "⌋", ["lceil"] = "⌈", ["rceil"] = "⌉", ["hbar"] = "ℏ", ["Re"] = "ℜ",
        ["Im"] = "ℑ", ["dagger"] = "†", ["ddagger"] = "‡", ["dag"] = "†", ["ddag"] = "‡",
        ["ldots"] = "…", ["dots"] = "…", ["cdots"] = "⋯", ["textellipsis"] = "…",
        ["log"] = "log", ["ln"] = "ln", ["exp"] = "exp", ["sin"] = "sin", ["cos"] = "cos", ["tan"] = "tan",
        ["max"] = "max", ["min"] = "min", ["sup"] = "sup", ["inf"] = "inf", ["lim"] = "lim", ["arg"] = "arg",
        ["det"] = "det", ["dim"] = "dim", ["ker"] = "ker", ["Pr"] = "Pr", ["argmax"] = "argmax", ["argmin"] = "argmin",
        ["LaTeX"] = "LaTeX", ["TeX"] = "TeX", ["BibTeX"] = "BibTeX", ["textendash"] = "–", ["textemdash"] = "—",
        ["textquoteleft"] = "‘", ["textquoteright"] = "’", ["textquotedblleft"] = "“", ["textquotedblright"] = "”",
        ["S"] = "§", ["copyright"] = "©", ["textregistered"] = "®", ["texttrademark"] = "™", ["textdegree"] = "°",
        ["degree"] = "°", ["euro"] = "€", ["pounds"] = "£", ["textbackslash"] = "\\", ["textasciitilde"] = "~", ["textasciicircum"] = "^",
        ["textunderscore"] = "_", ["textbar"] = "|", ["textless"] = "<", ["textgreater"] = ">", ["textbullet"] = "•",
        ["i"] = "ı", ["j"] = "ȷ", ["ss"] = "ß", ["o"] = "ø", ["O"] = "Ø", ["ae"] = "æ", ["AE"] = "Æ", ["oe"] = "œ",
        ["OE"] = "Œ", ["aa"] = "å", ["AA"] = "Å", ["l"] = "ł", ["L"] = "Ł",
        ["quad"] = " ", ["qquad"] = " ", ["newline"] = " ", ["linebreak"] = " ", ["par"] = " ", ["enspace"] = " ",
        ["thinspace"] = " ",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Commands that stand for a letter and join the word after them.
    private static readonly FrozenSet<string> s_letterCommands = FrozenSet.ToFrozenSet(
        ["i", "j", "ss", "o", "O", "ae", "AE", "oe", "OE", "aa", "AA", "l", "L"], StringComparer.Ordinal);

    // Accents written with a letter command: \c{c}, \v{s}, and math accents such as \hat{x}.
    private static readonly FrozenDictionary<string, char> s_letterAccents = new Dictionary<string, char>(StringComparer.Ordinal)
    {
        ["c"] = '\u0327', ["v"] = '\u030C', ["u"] = '\u0306', ["H"] = '\u030B', ["k"] = '\u0328', ["r"] = '\u030A',
        ["d"] = '\u0323', ["b"] = '\u0331', ["hat"] = '\u0302', ["tilde"] = '\u0303', ["bar"] = '\u0304',
        ["vec"] = '\u20D7', ["dot"] = '\u0307', ["ddot"] = '\u0308', ["acute"] = '\u0301', ["grave"] = '\u0300',
        ["breve"] = '\u0306', ["check"] = '\u030C',
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> s_doubleStruck = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["R"] = "ℝ", ["N"] = "ℕ", ["Z"] = "ℤ", ["Q"] = "ℚ", ["C"] = "ℂ", ["E"] = "𝔼", ["P"] = "ℙ",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private const string SuperscriptFrom = "0123456789+-−=()ni′*";
    private const string SuperscriptTo = "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻⁼⁽⁾ⁿⁱ′*";
    private const string SubscriptFrom = "0123456789+-−=()";
    private const string SubscriptTo = "₀₁₂₃₄₅₆₇₈₉₊₋₋₌₍₎";

    /// <summary>Whether the text has anything <see cref="Clean"/> would rewrite (a cheap pre-check).</summary>
    public static bool MayNeedCleaning(ReadOnlySpan<char> text) => text.IndexOfAny(s_special) >= 0;

    /// <summary>Returns the text with LaTeX markup turned into plain text; text without markup is returned as is.</summary>
    /// <param name="text">The text, e.g. an abstract copied from arXiv.</param>
    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!MayNeedCleaning(text))
        {
            return text;
        }

        var output = new StringBuilder(text.Length);
        var state = new State(text);
        Render(text.AsSpan(), output, math: false, depth: 0, state);
        var result = CollapseSpaces(output);
        if (state.Composed)
        {
            result = ToFormC(result);
        }

        return string.Equals(result, text, StringComparison.Ordinal) ? text : result;
    }

    private static void Render(ReadOnlySpan<char> source, StringBuilder output, bool math, int depth, State state)
    {
        if (depth > MaxDepth)
        {
            output.Append(source);
            return;
        }

        var i = 0;
        while (i < source.Length)
        {
            var c = source[i];
            switch (c)
            {
                case '\\':
                    i = RenderCommand(source, i, output, math, depth, state);
                    continue;
                case '$' when !math:
                    if (TryRenderMath(source, ref i, output, depth, state))
                    {
                        continue;
                    }

                    output.Append('$');
                    i++;
                    continue;
                case '{' or '}':
                    // Grouping braces carry no text.
                    i++;
                    continue;
                case '~':
                    output.Append(' ');
                    i++;
                    continue;
                case '^' or '_' when math:
                    i = RenderScript(source, i, output, depth, state);
                    continue;
                case '-' when !math && i + 1 < source.Length && source[i + 1] == '-':
                    var em = i + 2 < source.Length && source[i + 2] == '-';
                    output.Append(em ? '—' : '–');
                    i += em ? 3 : 2;
                    continue;
                case '`' when !math && i + 1 < source.Length && source[i + 1] == '`':
                    output.Append('“');
                    i += 2;
                    continue;
                case '\'' when !math && i + 1 < source.Length && source[i + 1] == '\'':
                    output.Append('”');
                    i += 2;
                    continue;
                case 'h' or 'w' when !math && StartsUrl(source, i):
                    var end = UrlEnd(source, i);
                    output.Append(source[i..end]);
                    i = end;
                    continue;
                default:
                    output.Append(c);
                    i++;
                    continue;
            }
        }
    }

    private static int RenderCommand(ReadOnlySpan<char> source, int start, StringBuilder output, bool math, int depth, State state)
    {
        var i = start + 1;
        if (i >= source.Length)
        {
            output.Append('\\');
            return i;
        }

        var c = source[i];
        if (!char.IsAsciiLetter(c))
        {
            return RenderControlSymbol(source, start, output, math, depth, state);
        }

        var nameEnd = i;
        while (nameEnd < source.Length && char.IsAsciiLetter(source[nameEnd]))
        {
            nameEnd++;
        }

        var name = source[i..nameEnd].ToString();
        var next = nameEnd;
        if (next < source.Length && source[next] == '*')
        {
            // Starred variants (\section*) read like the plain command.
            next++;
        }

        switch (name)
        {
            case "url" or "nolinkurl" when TryReadGroup(source, next, state, out var url, out var afterUrl):
                // URLs are verbatim: no dash or tilde rewriting.
                output.Append(url);
                return afterUrl;
            case "href" when TryReadGroup(source, next, state, out _, out var afterTarget)
                && TryReadGroup(source, SkipSpaces(source, afterTarget), state, out var linkText, out var afterText):
                Render(linkText, output, math, depth + 1, state);
                return afterText;
            case "textcolor" or "colorbox" when TryReadGroup(source, next, state, out _, out var afterColor)
                && TryReadGroup(source, SkipSpaces(source, afterColor), state, out var colored, out var afterColored):
                Render(colored, output, math, depth + 1, state);
                return afterColored;
            case "frac" or "dfrac" or "tfrac" when TryReadArgument(source, next, state, out var numerator, out var afterNumerator)
                && TryReadArgument(source, afterNumerator, state, out var denominator, out var afterDenominator):
                AppendOperand(numerator, output, depth, state);
                output.Append('/');
                AppendOperand(denominator, output, depth, state);
                return afterDenominator;
            case "sqrt" when TryReadArgument(source, next, state, out var radicand, out var afterRadicand):
                output.Append('√');
                AppendOperand(radicand, output, depth, state);
                return afterRadicand;
            case "mathbb" or "mathds" or "mathbbm" when TryReadArgument(source, next, state, out var letter, out var afterLetter):
                if (s_doubleStruck.TryGetValue(letter.ToString(), out var struck))
                {
                    output.Append(struck);
                }
                else
                {
                    Render(letter, output, math: true, depth + 1, state);
                }

                return afterLetter;
        }

        if (s_keepArgument.Contains(name) && TryReadGroup(source, SkipSpaces(source, next), state, out var argument, out var afterArgument))
        {
            Render(argument, output, math, depth + 1, state);
            return afterArgument;
        }

        if (s_dropWithArgument.Contains(name) && TryReadGroup(source, SkipSpaces(source, next), state, out _, out var afterDropped))
        {
            return afterDropped;
        }

        if (s_letterAccents.TryGetValue(name, out var accent) && TryReadAccentBase(source, next, state, out var accentBase, out var afterBase))
        {
            AppendAccented(accentBase, accent, output, math, depth, state);
            return afterBase;
        }

        if (s_symbols.TryGetValue(name, out var symbol))
        {
            output.Append(symbol);
            // A letter written as a command (\ss, \o) joins the word that follows, as in TeX: "Stra\ss e".
            return s_letterCommands.Contains(name) && next + 1 < source.Length && source[next] == ' ' && char.IsLetter(source[next + 1])
                ? next + 1
                : next;
        }

        if (s_dropDeclaration.Contains(name))
        {
            // A declaration swallows the space after it, as in TeX.
            return next < source.Length && source[next] == ' ' ? next + 1 : next;
        }

        if (next < source.Length && source[next] == '{')
        {
            // An unknown command with arguments: keep what it wraps.
            return next;
        }

        output.Append(source[start..next]);
        return next;
    }

    private static int RenderControlSymbol(ReadOnlySpan<char> source, int start, StringBuilder output, bool math, int depth, State state)
    {
        var c = source[start + 1];
        var next = start + 2;
        switch (c)
        {
            case '%' or '&' or '_' or '#' or '$' or '{' or '}':
                output.Append(c);
                return next;
            case '\\' or ' ' or ',' or ';' or ':' or '>':
                output.Append(' ');
                return next;
            case '!' or '-' or '/' or '@':
                return next;
            case '|':
                output.Append('‖');
                return next;
            case '(' when !math:
                return TryRenderDelimited(source, start, next, "\\)", output, depth, state);
            case '[' when !math:
                return TryRenderDelimited(source, start, next, "\\]", output, depth, state);
            case '\'' or '`' or '^' or '"' or '~' or '=' or '.':
                if (TryReadAccentBase(source, next, state, out var accentBase, out var after))
                {
                    AppendAccented(accentBase, AccentMark(c), output, math, depth, state);
                    return after;
                }

                break;
        }

        output.Append('\\').Append(c);
        return next;
    }

    private static int TryRenderDelimited(ReadOnlySpan<char> source, int start, int contentStart, string close, StringBuilder output, int depth, State state)
    {
        var window = source[contentStart..Math.Min(source.Length, contentStart + MaxMathLength)];
        var end = window.IndexOf(close, StringComparison.Ordinal);
        if (end < 0)
        {
            output.Append(source.Slice(start, 2));
            return contentStart;
        }

        Render(source.Slice(contentStart, end), output, math: true, depth + 1, state);
        return contentStart + end + close.Length;
    }

    private static bool TryRenderMath(ReadOnlySpan<char> source, ref int i, StringBuilder output, int depth, State state)
    {
        var display = i + 1 < source.Length && source[i + 1] == '$';
        var contentStart = i + (display ? 2 : 1);
        var close = FindClosingDollar(source, contentStart, display);
        if (close < 0)
        {
            return false;
        }

        Render(source[contentStart..close], output, math: true, depth + 1, state);
        i = close + (display ? 2 : 1);
        return true;
    }

    private static int FindClosingDollar(ReadOnlySpan<char> source, int from, bool display)
    {
        var limit = Math.Min(source.Length, from + MaxMathLength);
        for (var j = from; j < limit; j++)
        {
            switch (source[j])
            {
                case '\\':
                    j++;
                    break;
                case '\n' when j + 1 < source.Length && source[j + 1] == '\n':
                    // Math never spans a paragraph break: this dollar is a literal one.
                    return -1;
                case '$':
                    if (!display)
                    {
                        return j > from ? j : -1;
                    }

                    if (j + 1 < source.Length && source[j + 1] == '$')
                    {
                        return j;
                    }

                    break;
            }
        }

        return -1;
    }

    private static int RenderScript(ReadOnlySpan<char> source, int i, StringBuilder output, int depth, State state)
    {
        var superscript = source[i] == '^';
        if (!TryReadArgument(source, i + 1, state, out var argument, out var after))
        {
            output.Append(source[i]);
            return i + 1;
        }

        var rendered = new StringBuilder();
        Render(argument, rendered, math: true, depth + 1, state);
        var text = rendered.ToString().Trim();
        if (text.Length == 0)
        {
            return after;
        }

        var from = superscript ? SuperscriptFrom : SubscriptFrom;
        var to = superscript ? SuperscriptTo : SubscriptTo;
        if (text.AsSpan().IndexOfAnyExcept(from) < 0)
        {
            foreach (var ch in text)
            {
                output.Append(to[from.IndexOf(ch, StringComparison.Ordinal)]);
            }

            return after;
        }

        output.Append(superscript ? '^' : '_');
        if (text.Length == 1)
        {
            output.Append(text);
        }
        else
        {
            output.Append('(').Append(text).Append(')');
        }

        return after;
    }

    private static void AppendOperand(ReadOnlySpan<char> operand, StringBuilder output, int depth, State state)
    {
        var rendered = new StringBuilder();
        Render(operand, rendered, math: true, depth + 1, state);
        var text = rendered.ToString().Trim();
        var simple = true;
        foreach (var ch in text)
        {
            if (!char.IsLetterOrDigit(ch) && ch is not '.' and not '²' and not '³')
            {
                simple = false;
                break;
            }
        }

        if (simple)
        {
            output.Append(text);
        }
        else
        {
            output.Append('(').Append(text).Append(')');
        }
    }

    private static void AppendAccented(ReadOnlySpan<char> accentBase, char mark, StringBuilder output, bool math, int depth, State state)
    {
        var rendered = new StringBuilder();
        Render(accentBase, rendered, math, depth + 1, state);
        if (rendered.Length == 0)
        {
            return;
        }

        // A dotless i or j takes the accent in place of its dot.
        rendered[0] = rendered[0] switch { 'ı' => 'i', 'ȷ' => 'j', var other => other };
        var insertAt = char.IsHighSurrogate(rendered[0]) && rendered.Length > 1 ? 2 : 1;
        if (rendered.Length > insertAt && !char.IsLetter(rendered[insertAt - 1]))
        {
            output.Append(rendered);
            return;
        }

        rendered.Insert(insertAt, mark);
        output.Append(rendered);
        state.Composed = true;
    }

    private static char AccentMark(char symbol) => symbol switch
    {
        '\'' => '\u0301',
        '`' => '\u0300',
        '^' => '\u0302',
        '"' => '\u0308',
        '~' => '\u0303',
        '=' => '\u0304',
        _ => '\u0307',
    };

    // The base of an accent: a {group}, or a single letter (after optional spaces for letter commands).
    private static bool TryReadAccentBase(ReadOnlySpan<char> source, int i, State state, out ReadOnlySpan<char> accentBase, out int after)
    {
        if (TryReadGroup(source, i, state, out accentBase, out after))
        {
            return true;
        }

        var j = i;
        while (j < source.Length && source[j] == ' ')
        {
            j++;
        }

        if (j < source.Length && char.IsLetter(source[j]))
        {
            accentBase = source.Slice(j, 1);
            after = j + 1;
            return true;
        }

        if (j + 1 < source.Length && source[j] == '\\' && source[j + 1] is 'i' or 'j'
            && (j + 2 == source.Length || !char.IsAsciiLetter(source[j + 2])))
        {
            accentBase = source.Slice(j, 2);
            after = j + 2;
            return true;
        }

        accentBase = default;
        after = i;
        return false;
    }

    // A TeX argument: a {group}, a \command, or one character, after optional spaces.
    private static bool TryReadArgument(ReadOnlySpan<char> source, int i, State state, out ReadOnlySpan<char> argument, out int after)
    {
        i = SkipSpaces(source, i);
        if (TryReadGroup(source, i, state, out argument, out after))
        {
            return true;
        }

        if (i >= source.Length || source[i] is '}' or '$')
        {
            argument = default;
            after = i;
            return false;
        }

        if (source[i] == '\\' && i + 1 < source.Length)
        {
            var end = i + 1;
            while (end < source.Length && char.IsAsciiLetter(source[end]))
            {
                end++;
            }

            end = Math.Max(end, i + 2);
            argument = source[i..end];
            after = end;
            return true;
        }

        var length = char.IsHighSurrogate(source[i]) && i + 1 < source.Length ? 2 : 1;
        argument = source.Slice(i, length);
        after = i + length;
        return true;
    }

    // A {group} with balanced braces (escaped braces do not count); false when unbalanced.
    private static bool TryReadGroup(ReadOnlySpan<char> source, int i, State state, out ReadOnlySpan<char> content, out int after)
    {
        content = default;
        after = i;
        if (i >= source.Length || source[i] != '{')
        {
            return false;
        }

        // Every span rendered is a slice of the input, so the input's brace index applies.
        var offset = state.OffsetOf(source);
        var close = state.CloseOf(offset + i) - offset;
        if (close <= i || close >= source.Length)
        {
            return false;
        }

        content = source[(i + 1)..close];
        after = close + 1;
        return true;
    }

    private static int SkipSpaces(ReadOnlySpan<char> source, int i)
    {
        while (i < source.Length && source[i] == ' ')
        {
            i++;
        }

        return i;
    }

    private static bool StartsUrl(ReadOnlySpan<char> source, int i)
    {
        if (i > 0 && char.IsLetterOrDigit(source[i - 1]))
        {
            return false;
        }

        var rest = source[i..];
        return rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase);
    }

    private static int UrlEnd(ReadOnlySpan<char> source, int i)
    {
        var end = source[i..].IndexOfAny(s_urlEnd);
        return end < 0 ? source.Length : i + end;
    }

    // Removal leaves doubled spaces and spaces at line edges; tidy them without touching line breaks.
    private static string CollapseSpaces(StringBuilder text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == ' ' && (builder.Length == 0 || builder[^1] is ' ' or '\n'))
            {
                continue;
            }

            if (c == '\n' && builder.Length > 0 && builder[^1] == ' ')
            {
                builder.Length--;
            }

            builder.Append(c);
        }

        while (builder.Length > 0 && char.IsWhiteSpace(builder[^1]))
        {
            builder.Length--;
        }

        return builder.ToString();
    }

    private static string ToFormC(string text)
    {
        try
        {
            return text.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            return text;
        }
        catch (PlatformNotSupportedException)
        {
            return text;
        }
    }

    /// <summary>What one <see cref="Clean"/> call shares: the input, its brace index, and whether accents were composed.</summary>
    private sealed class State(string text)
    {
        private int[]? _closeOf;

        /// <summary>Whether combining accents were written, so the result needs composing.</summary>
        public bool Composed { get; set; }

        /// <summary>The position of a span within the input.</summary>
        public int OffsetOf(ReadOnlySpan<char> span) => text.AsSpan().Overlaps(span, out var offset) ? offset : 0;

        /// <summary>The position of the brace closing the one at <paramref name="open"/>, or -1.</summary>
        public int CloseOf(int open)
        {
            // One pass pairs every brace, so unclosed braces cost linear rather than quadratic time.
            _closeOf ??= PairBraces(text);
            return open >= 0 && open < _closeOf.Length ? _closeOf[open] : -1;
        }

        private static int[] PairBraces(string text)
        {
            var closeOf = new int[text.Length];
            Array.Fill(closeOf, -1);
            var open = new Stack<int>();
            for (var i = 0; i < text.Length; i++)
            {
                switch (text[i])
                {
                    case '\\':
                        i++;
                        break;
                    case '{':
                        open.Push(i);
                        break;
                    case '}' when open.Count > 0:
                        closeOf[open.Pop()] = i;
                        break;
                }
            }

            return closeOf;
        }
    }
}
