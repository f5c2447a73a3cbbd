/*
 * The page side of the framing overlay.
 *
 * 1. Extract the article's text (the <article> around the largest block of
 *    paragraphs, or, on a page holding several articles, the one in view; its
 *    headline even when set above it; no navigation, captions, comments,
 *    embedded posts or pull quotes), keeping a map from each character of
 *    that text back to the DOM text node and offset it came from.
 * 2. Ask the service worker to analyse exactly that text (content scripts
 *    cannot call another origin).
 * 3. Map the report's offsets (Python code points) to UTF-16 indices, then to
 *    DOM positions, and wrap the findings in <framing-mark> elements; draw the
 *    panel, tooltips and messages inside a shadow root.
 * 4. Pages that render late or change article without a reload (client-side
 *    rendering, single-page apps): wait a while for the article to appear, and
 *    follow history navigation, so a report never outlives its article.
 * 5. After the report is drawn: redraw it when the page re-renders the same
 *    text, analyse again (or say so) when the page rewrites it, and follow the
 *    reader into the next article of an infinite-scroll page.
 *
 * Page and report text only ever reach the DOM as text nodes. The whole script
 * is one closure: it leaves no globals behind (FRAMING_MSG, the shared message
 * ids, comes from messages.js).
 */
(() => {
  "use strict";

  const MSG = FRAMING_MSG;
  const MARK_TAG = "framing-mark";
  const HOST_TAG = "framing-overlay";
  const FOCUS_HIGHLIGHT = "framing-focus";
  const TOOLTIP_ID = "framing-tooltip";
  /**
   * The tooltip's words for screen readers, in the page's own tree: a mark (in the page) cannot point
   * its aria-describedby into the overlay's shadow root, so the words it points at are a hidden child
   * of the overlay's host, slotted into a hidden slot (an id in the document, drawn nowhere).
   */
  const DESCRIPTION_ID = "framing-overlay-description";
  /** A live region filled the moment it appears is not read out: its words come this much later. */
  const ANNOUNCE_DELAY_MS = 120;

  // ---------------------------------------------------------------------------
  // 1. Extraction: article text + a map from text offsets to DOM text nodes
  // ---------------------------------------------------------------------------

  /** Elements that never hold article prose. */
  const SKIP_TAGS = new Set([
    "NAV", "ASIDE", "FOOTER", "FIGURE", "FIGCAPTION", "PICTURE", "SCRIPT", "STYLE", "NOSCRIPT",
    "TEMPLATE", "SVG", "CANVAS", "IFRAME", "OBJECT", "EMBED", "VIDEO", "AUDIO", "FORM", "BUTTON",
    "SELECT", "TEXTAREA", "INPUT", "LABEL", "DIALOG", "MENU", "CAPTION", "MATH", HOST_TAG.toUpperCase(),
  ]);
  const SKIP_ROLES = new Set([
    "navigation", "complementary", "contentinfo", "banner", "dialog", "alertdialog", "menu", "menubar",
    "search", "toolbar", "tooltip", "figure", "img",
  ]);
  /**
   * Class or id words of page furniture: comments, sharing, captions, promos, screen-reader-only copies;
   * and text that is not the article's prose though it sits in it: a pull quote repeats a quotation the
   * article already gives (it would be counted twice), an embedded post (a tweet, an Instagram or TikTok
   * card) is another author's words set in the page, and would be read as the outlet's own voice. A comment
   * section goes by other names too ("conversation", "discussion"), as does a box of links to other stories
   * ("more-on-this-story", "more-stories", "further-reading").
   */
  const NOISE = /(?:^|[\s_-])(?:comments?|disqus|replies|conversation|discussion|share|sharing|social|related|recommended|more-on|more-stories|further-reading|promo|newsletter|byline|caption|credits?|advert\w*|ads?|sponsor\w*|sidebar|breadcrumbs?|subscribe|signup|cookies?|consent|nav|navbar|menu|footer|masthead|toolbar|tags|sr-only|visually-hidden|screen-reader-text|skip-link|pull-?quote|pullout|tweet|instagram-media|tiktok-embed|embed|embedded|oembed)(?:$|[\s_-])/i;
  const ARTICLE_CONTAINERS = 'article, [itemprop="articleBody"], [itemtype*="Article"]';
  const HEADING = /^H[1-6]$/;
  const COLLAPSIBLE = new Set([0x20, 0x09, 0x0a, 0x0d, 0x0c]); // CSS white-space: normal
  /**
   * Characters a page puts inside words that the reader never sees: a soft hyphen (a line-break hint,
   * "esti&shy;mated"), a zero-width space, a word joiner, a stray byte-order mark. Left in, they split
   * the word for the analysis ("esti" + "mated" is no speech verb); left out, the text is what is shown.
   * (The zero-width joiner stays: it binds emoji sequences, and U+200C shapes Persian words.)
   */
  const INVISIBLE = new Set([0xad, 0x200b, 0x2060, 0xfeff]);

  /**
   * Page furniture that sits in the article's flow: a live blog's timestamps ("14:32", a <time>), a
   * kicker or section label ("Opinion", "Analysis", "Live"). Their text is left out only where it makes
   * up a whole line: a <time> inside a sentence ("on <time>Monday</time> the council") is prose.
   */
  const LABEL_WORDS = /(?:^|[\s_-])(?:kicker|eyebrow|overline|rubric|label|flag|badge|category|timestamp|date|dateline|time|updated|published|meta|read-time|reading-time)(?:$|[\s_-])/i;
  /**
   * Class words of a kicker proper ("Exclusive", "Analysis" set before the headline's words on its own
   * line of markup): left out even where the headline's words follow on the same line, but only at a
   * line's start, so a badge inside a sentence stays. Not a date or <time>: "<time>Monday</time> the
   * council met" opens a sentence.
   */
  const KICKER_WORDS = /(?:^|[\s_-])(?:kicker|eyebrow|overline|rubric|label|flag|badge)(?:$|[\s_-])/i;
  /** A label is short: an element with those class words holding more is a wrapper ("label-wrapper" around prose). */
  const LABEL_MAX = 60;
  /** Genre labels set on a line of their own with no class to say so: a kicker, never a sentence of the article. */
  const GENRE_LABEL = /^(?:opinion|analysis|comment|editorial|explainer|exclusive|breaking(?: news)?|live(?: updates)?|review|interview|fact check|updated)\s*:?$/i;
  /**
   * A line of publication metadata with no class to say so: "Updated 14:32 GMT", "Published 3 hours
   * ago", "Last updated on 7 May 2026", "5 min read". Tight on purpose: the whole (short) line must be
   * the verb and a time, a date or an age, so a sentence that starts "Published in 1998, the book" stays.
   */
  const META_LINE = /^(?:(?:last )?(?:updated|published|posted|modified)(?: on| at)?:?\s+(?:\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?|\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago|(?:\p{L}+,?\s+)?(?:\d{1,2}\s+\p{L}+|\p{L}+\s+\d{1,2}),?\s+\d{4}(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?(?:\s+[A-Z]{2,5})?)?|\d{4}-\d{2}-\d{2})|\d{1,3}[\s-]?min(?:ute)?s?\.?\s+read)$/iu;
  /** How long a line matching GENRE_LABEL or META_LINE may be. */
  const META_MAX = 60;

  /** Containers that are never furniture, whatever their classes say ("single-post has-sidebar"). */
  const STRUCTURAL = new Set(["HTML", "BODY", "MAIN", "ARTICLE"]);

  /**
   * Whether ``element`` is page furniture. ``bulk`` is the length of the text
   * being searched: an element whose classes sound like furniture but which
   * holds half of that text is a layout wrapper ("with-sidebar"), not furniture.
   */
  function isNoise(element, bulk) {
    const tag = element.tagName.toUpperCase();
    if (SKIP_TAGS.has(tag)) return true;
    if (element.hidden || element.getAttribute("aria-hidden") === "true") return true;
    if (SKIP_ROLES.has(element.getAttribute("role"))) return true;
    if (STRUCTURAL.has(tag)) return false;
    const words = `${element.id || ""} ${element.getAttribute("class") || ""}`;
    return words.trim() !== "" && NOISE.test(words) && element.textContent.length < bulk / 2;
  }

  function insideNoise(element, bulk) {
    for (let el = element; el; el = el.parentElement) {
      if (isNoise(el, bulk)) return true;
    }
    return false;
  }

  /** The paragraphs that may be article prose, with their lengths (no furniture, nothing under 20 characters). */
  function proseParagraphs(doc) {
    const paragraphs = [...doc.querySelectorAll("p")].map((p) => [p, p.textContent.replace(/\s+/g, " ").trim().length]);
    const bulk = paragraphs.reduce((sum, [, length]) => sum + length, 0);
    return paragraphs.filter(([paragraph, length]) => length >= 20 && !insideNoise(paragraph, bulk));
  }

  /** The element holding the article: the container around the largest block of paragraphs. */
  function findArticleRoot(doc, paragraphs = proseParagraphs(doc)) {
    const scores = new Map();
    const credit = (element, amount) => {
      if (element) scores.set(element, (scores.get(element) || 0) + amount);
    };
    for (const [paragraph, length] of paragraphs) {
      credit(paragraph.parentElement, length);
      credit(paragraph.parentElement && paragraph.parentElement.parentElement, length / 2);
    }
    let best = null;
    let bestScore = 0;
    for (const [element, score] of scores) {
      if (score > bestScore) {
        best = element;
        bestScore = score;
      }
    }
    if (!best) return doc.querySelector(`${ARTICLE_CONTAINERS}, main, [role="main"]`) || doc.body;
    return best.closest(ARTICLE_CONTAINERS) || best;
  }

  /** How much prose an article container needs to count as an article of its own (a teaser card has less). */
  const MIN_ARTICLE = { paragraphs: 3, chars: 400 };
  /** The reader reads what crosses this line (a share of the window's height from its top). */
  const READING_LINE = 0.3;

  /**
   * The article containers that each hold a whole article: several on an
   * infinite-scroll page, which appends the next articles below the first.
   * Containers inside another one (a box in the article) are part of it.
   */
  function articleContainers(paragraphs) {
    const tally = new Map();
    for (const [paragraph, length] of paragraphs) {
      const container = paragraph.closest(ARTICLE_CONTAINERS);
      if (!container) continue;
      const sum = tally.get(container) || { paragraphs: 0, chars: 0 };
      sum.paragraphs += 1;
      sum.chars += length;
      tally.set(container, sum);
    }
    const articles = [...tally]
      .filter(([, sum]) => sum.paragraphs >= MIN_ARTICLE.paragraphs && sum.chars >= MIN_ARTICLE.chars)
      .map(([container]) => container);
    return articles.filter((inner) => !articles.some((outer) => outer !== inner && outer.contains(inner)));
  }

  /** Of several articles, the one the reader is looking at: across the reading line, else the most visible. */
  function articleInView(articles) {
    const line = innerHeight * READING_LINE;
    let best = articles[0];
    let bestShown = -Infinity;
    for (const article of articles) {
      const rect = article.getBoundingClientRect();
      if (rect.top <= line && rect.bottom > line) return article;
      const shown = Math.min(rect.bottom, innerHeight) - Math.max(rect.top, 0);
      if (shown > bestShown) {
        best = article;
        bestShown = shown;
      }
    }
    return best;
  }

  function crossesReadingLine(element) {
    const rect = element.getBoundingClientRect();
    return rect.top <= innerHeight * READING_LINE && rect.bottom > innerHeight * READING_LINE;
  }

  /**
   * The article to analyse: {root, multiple}. A page with one article gives
   * the container around its largest block of paragraphs; a page holding
   * several (``multiple``) gives the one whose text is ``text`` if any (the
   * report's own, re-rendered elsewhere), else the one the reader is looking at.
   */
  function findArticle(doc, { text = null } = {}) {
    const paragraphs = proseParagraphs(doc);
    const articles = articleContainers(paragraphs);
    if (articles.length < 2) return { root: findArticleRoot(doc, paragraphs), multiple: false };
    const same = text === null ? null : articles.find((article) => extractArticle(article).text === text);
    return { root: same || articleInView(articles), multiple: true };
  }

  /** How far above the article's container its headline may sit (its common container with it, at most). */
  const HEADLINE_LEVELS = 3;

  /**
   * The page's headline when it stands outside the article's container: many sites set the <h1> in a
   * header above the body's paragraphs (a live blog's title above its entries, an "article-header" beside
   * an "article-body"). It is the article's first line, as in the server's own extraction: a headline
   * frames the story more than any paragraph. Only the last <h1> before the container, sharing a
   * container with it at most HEADLINE_LEVELS above it and below <body> (a site's logo in the page
   * header is no headline), visible and no furniture; none when the container has an <h1> of its own.
   */
  function leadingHeadline(root) {
    if (root.querySelector("h1")) return null;
    let headline = null;
    for (const h1 of root.ownerDocument.querySelectorAll("h1")) {
      if (!(root.compareDocumentPosition(h1) & Node.DOCUMENT_POSITION_PRECEDING)) break;
      headline = h1;
    }
    if (!headline) return null;
    let ancestor = root.parentElement;
    for (let level = 0; ancestor && level < HEADLINE_LEVELS; level++, ancestor = ancestor.parentElement) {
      const tag = ancestor.tagName.toUpperCase();
      if (tag === "BODY" || tag === "HTML") return null;
      if (!ancestor.contains(headline)) continue;
      const visible = typeof headline.checkVisibility !== "function" || headline.checkVisibility();
      return visible && !insideNoise(headline, root.textContent.length) ? headline : null;
    }
    return null;
  }

  /** A timestamp or a short label element (``LABEL_WORDS``): furniture where it makes up a whole line. */
  function isFurniture(element, tag) {
    if (tag === "TIME") return true;
    const words = `${element.id || ""} ${element.getAttribute("class") || ""}`;
    return words.trim() !== "" && LABEL_WORDS.test(words) && element.textContent.length <= LABEL_MAX;
  }

  /** A line of text, with no markup to say so, that is a kicker or publication metadata (never a sentence). */
  function isFurnitureLine(line) {
    return (line.length <= 30 && GENRE_LABEL.test(line)) || META_LINE.test(line);
  }

  /** A kicker is a word or two ("Exclusive", "Breaking news"): longer, the element holds the sentence's words. */
  const KICKER_MAX = 30;

  /** A kicker element (``KICKER_WORDS``), by its class or id and its length. */
  function isKicker(element) {
    const words = `${element.id || ""} ${element.getAttribute("class") || ""}`;
    return words.trim() !== "" && KICKER_WORDS.test(words) && element.textContent.trim().length <= KICKER_MAX;
  }

  /**
   * A drop capital set as an element of its own (<span class="dropcap">S</span>hameful): floated (or
   * positioned) it counts as a block, which would cut its word in two ("S" and "hameful" on two lines).
   * One letter (after an opening quotation mark, maybe) in such a box is the first letter of the word.
   */
  function isInitial(element, style) {
    if (style.float === "none" && style.position !== "absolute") return false;
    return /^[\p{Pi}\p{Ps}"']?\p{L}\p{M}*$/u.test(element.textContent.trim());
  }

  /**
   * The article's text and, for every character of it, where it came from.
   *
   * Blocks (paragraphs, headings, list items) become lines joined by "\n"; runs
   * of collapsible white space become one space, as the browser shows them.
   * ``segments`` are sorted: {node, start, offsets, data} where offsets[i] is
   * the offset in ``node`` of text character ``start + i`` (UTF-16 units on
   * both sides).
   */
  function extractArticle(root) {
    const chunks = [];
    const segments = [];
    const lines = []; // {start, block}: where each line begins, and the block it is the text of
    let length = 0;
    let block = null;
    let lineHasText = false;
    let pendingBreak = false; // a "\n", written only if more text follows
    let pendingSpace = null; // {segment, offset}: a space shown only if more text follows on the line
    let line = null; // the line being written: where it began, and whether only page furniture wrote it

    const push = (string) => {
      chunks.push(string);
      length += string.length;
    };
    /** A line made only of furniture (a timestamp, a kicker) is taken back, as if never written. */
    const endLine = () => {
      if (line && lineHasText && (line.furniture || (length - line.length <= META_MAX &&
          isFurnitureLine(chunks.slice(line.chunks).join("").trim())))) {
        chunks.length = line.chunks;
        length = line.length;
        segments.length = line.segments;
        lines.pop();
        pendingBreak = line.pendingBreak;
        lineHasText = false;
      }
      line = null;
    };
    const breakLine = () => {
      endLine();
      pendingSpace = null;
      if (lineHasText) pendingBreak = true;
      lineHasText = false;
    };
    const place = (segment) => {
      if (segment.start < 0) {
        segment.start = length;
        segments.push(segment);
      }
    };

    const addText = (node, info) => {
      if (info.block !== block) {
        breakLine();
        block = info.block;
      }
      const data = node.data;
      const segment = { node, start: -1, offsets: [], data };
      for (let i = 0; i < data.length; i++) {
        const code = data.charCodeAt(i);
        if (COLLAPSIBLE.has(code)) {
          if (lineHasText && !pendingSpace) pendingSpace = { segment, offset: i };
          continue;
        }
        if (INVISIBLE.has(code)) continue;
        if (!lineHasText) {
          line = { chunks: chunks.length, length, segments: segments.length, pendingBreak, furniture: true };
          lines.push({ start: length + (pendingBreak ? 1 : 0), block: info.block });
        }
        if (!info.furniture) line.furniture = false;
        if (pendingBreak) {
          push("\n");
          pendingBreak = false;
        }
        if (pendingSpace) {
          place(pendingSpace.segment);
          pendingSpace.segment.offsets.push(pendingSpace.offset);
          push(" ");
          pendingSpace = null;
        }
        place(segment);
        segment.offsets.push(i);
        push(data[i]);
        lineHasText = true;
      }
    };

    const bulk = root.textContent.length;
    const infoOf = (element, parentInfo) => {
      if (isNoise(element, bulk)) return null;
      const style = getComputedStyle(element);
      if (style.display === "none" || style.visibility === "hidden") return null;
      const inline = style.display.startsWith("inline") || style.display === "contents" || isInitial(element, style);
      const tag = element.tagName.toUpperCase();
      const inHeader = parentInfo.inHeader || tag === "HEADER";
      const inHeading = parentInfo.inHeading || HEADING.test(tag);
      const furniture = parentInfo.furniture || isFurniture(element, tag);
      return { block: inline ? parentInfo.block : element, inHeader, inHeading, furniture };
    };

    const walk = (element, info) => {
      for (let child = element.firstChild; child; child = child.nextSibling) {
        if (child.nodeType === Node.TEXT_NODE) {
          // In a header, only the headline is article text (not the byline or date).
          if (!info.inHeader || info.inHeading) addText(child, info);
        } else if (child.nodeType === Node.ELEMENT_NODE) {
          if (child.tagName.toUpperCase() === "BR") {
            breakLine();
            continue;
          }
          const childInfo = infoOf(child, info);
          if (!childInfo) continue;
          // A kicker opening its line ("<span class=kicker>Exclusive</span> Minister resigns") is no word of it.
          const opensLine = childInfo.block === info.block && (block !== info.block || !lineHasText);
          if (opensLine && isKicker(child)) continue;
          walk(child, childInfo);
        }
      }
    };

    const headline = leadingHeadline(root);
    if (headline) walk(headline, { block: headline, inHeader: false, inHeading: true, furniture: false });
    walk(root, { block: root, inHeader: false, inHeading: false, furniture: false });
    endLine();
    const text = chunks.join("");
    const paragraphs = text ? text.split("\n").length : 0;
    const words = (text.match(/[\p{L}\p{N}]+/gu) || []).length;
    return { root, text, segments, lines, paragraphs, words };
  }

  /**
   * The url, title and source sent with the text. One article of several on
   * the page (infinite scroll) is titled by its own headline, not the page's.
   */
  function articleMetadata(found) {
    const metadata = pageMetadata();
    const headline = found.multiple ? headlineOf(found.root) : null;
    return headline ? { ...metadata, title: headline } : metadata;
  }

  function headlineOf(root) {
    const heading = root.querySelector("h1, h2, h3");
    const text = heading ? heading.textContent.replace(/\s+/g, " ").trim() : "";
    return text || null;
  }

  function pageMetadata() {
    const meta = (selector) => {
      const element = document.querySelector(selector);
      const value = element && element.getAttribute("content");
      return value && value.trim() ? value.trim() : null;
    };
    const url = new URL(location.href);
    url.hash = "";
    return {
      url: url.href,
      title: meta('meta[property="og:title"]') || (document.title || "").trim() || null,
      source: meta('meta[property="og:site_name"]') || location.hostname || null,
    };
  }

  /** Whether the page is worth analysing without being asked: an article of some length. */
  function looksLikeArticle(article) {
    const hinted = Boolean(
      document.querySelector('meta[property="og:type"][content="article"], article, [itemprop="articleBody"]'),
    );
    return article.paragraphs >= 3 && article.words >= (hinted ? 80 : 250);
  }

  // ---------------------------------------------------------------------------
  // 2. Offsets: report (Python code points) -> JS string (UTF-16) -> DOM
  // ---------------------------------------------------------------------------

  /** A function from code-point index to UTF-16 index in ``text``. */
  function codePointToUnit(text) {
    if (!/[\uD800-\uDFFF]/.test(text)) return (index) => index;
    const units = [0];
    for (let i = 0; i < text.length; ) {
      const code = text.charCodeAt(i);
      const pair = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length &&
        (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
      i += pair ? 2 : 1;
      units.push(i);
    }
    return (index) => units[Math.max(0, Math.min(index, units.length - 1))];
  }

  /** Index of the first segment whose text ends after ``offset``. */
  function segmentAfter(segments, offset) {
    let low = 0;
    let high = segments.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      const segment = segments[mid];
      if (segment.start + segment.offsets.length <= offset) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /** A DOM Range over text units [start, end), or null when nothing of it is on the page. */
  function rangeFor(segments, start, end) {
    if (end <= start) return null;
    const first = segmentAfter(segments, start);
    let last = segmentAfter(segments, end - 1);
    if (last >= segments.length || segments[last].start > end - 1) last -= 1; // the span ends on a line break
    if (first >= segments.length || last < first) return null;
    const head = segments[first];
    const tail = segments[last];
    const range = document.createRange();
    range.setStart(head.node, head.offsets[Math.max(0, start - head.start)]);
    const tailIndex = Math.min(end - 1 - tail.start, tail.offsets.length - 1);
    range.setEnd(tail.node, tail.offsets[tailIndex] + 1);
    return range;
  }

  // ---------------------------------------------------------------------------
  // 3. Painting findings into the page: <framing-mark> around text pieces
  // ---------------------------------------------------------------------------

  const polarityName = (polarity) => (polarity < 0 ? "neg" : polarity > 0 ? "pos" : "neu");

  /** Every finding that is drawn in the text, as UTF-16 spans with classes and a tooltip. */
  function annotationsOf(report) {
    const toUnit = codePointToUnit(report.text);
    const out = [];
    const add = (ref, kind, rank, start, end, classes, info) => {
      if (!Number.isInteger(start) || !Number.isInteger(end) || end <= start) return;
      out.push({ ref, kind, rank, start: toUnit(start), end: toUnit(end), classes, info });
    };
    (report.meta && report.meta.excluded || []).forEach((line, i) => {
      add(`x${i}`, "excluded", 0, line.start, line.end, ["framing-excluded"], { reason: line.reason });
    });
    (report.quotes || []).forEach((quote, i) => {
      const speaker = quote.speaker || null;
      const anonymous = !speaker || speaker.anonymous || !speaker.name;
      add(`q${i}`, "quote", 1, quote.start, quote.end,
        ["framing-quote", `framing-quote--${quote.kind || "direct"}`, anonymous ? "framing-quote--anonymous" : "framing-quote--named"],
        { quote });
      if (speaker && Number.isInteger(speaker.start)) {
        add(`q${i}s`, "speaker", 2, speaker.start, speaker.end, ["framing-speaker"], { quote });
      }
      if (quote.cue) add(`q${i}c`, "cue", 2, quote.cue.start, quote.cue.end, ["framing-cue"], { quote });
    });
    noCommentOf(report).forEach((silence, i) => {
      add(`n${i}`, "nocomment", 1, silence.start, silence.end, ["framing-nocomment"], { silence });
      const speaker = silence.speaker;
      if (speaker && Number.isInteger(speaker.start)) {
        add(`n${i}s`, "nocomment-speaker", 2, speaker.start, speaker.end, ["framing-speaker"], { silence });
      }
    });
    (report.evaluative || []).forEach((item, i) => {
      const voice = item.voice === "quoted" ? "quoted" : "author";
      add(`e${i}`, "evaluative", 3, item.start, item.end,
        ["framing-ev", `framing-ev--${voice}`, `framing-pol--${polarityName(item.polarity)}`], { item });
    });
    return out;
  }

  /**
   * Wraps each annotated stretch of page text in nested <framing-mark>s and
   * returns the new segment list (split nodes replace the originals), the marks
   * made, and the annotation of every mark.
   */
  function paint(segments, annotations) {
    const perSegment = new Map();
    for (const annotation of annotations) {
      for (let i = segmentAfter(segments, annotation.start); i < segments.length; i++) {
        if (segments[i].start >= annotation.end) break;
        if (!perSegment.has(i)) perSegment.set(i, []);
        perSegment.get(i).push(annotation);
      }
    }
    const marks = [];
    const annotationOf = new WeakMap();
    const painted = [];
    segments.forEach((segment, index) => {
      const covering = perSegment.get(index);
      if (!covering) {
        painted.push(segment);
        return;
      }
      const segmentEnd = segment.start + segment.offsets.length;
      const cuts = new Set([segment.start]);
      for (const a of covering) {
        if (a.start > segment.start && a.start < segmentEnd) cuts.add(a.start);
        if (a.end > segment.start && a.end < segmentEnd) cuts.add(a.end);
      }
      const starts = [...cuts].sort((x, y) => x - y);
      let node = segment.node;
      let nodeStart = 0; // offset of ``node`` within the original text node
      starts.forEach((pieceStart, k) => {
        const pieceEnd = k + 1 < starts.length ? starts[k + 1] : segmentEnd;
        const from = k === 0 ? 0 : segment.offsets[pieceStart - segment.start];
        ownTextNodes.add(node);
        if (from > nodeStart) {
          node = node.splitText(from - nodeStart);
          ownTextNodes.add(node);
          nodeStart = from;
        }
        const piece = node;
        if (pieceEnd < segmentEnd) {
          const to = segment.offsets[pieceEnd - segment.start];
          node = node.splitText(to - nodeStart);
          ownTextNodes.add(node);
          nodeStart = to;
        }
        const offsets = segment.offsets.slice(pieceStart - segment.start, pieceEnd - segment.start);
        const base = k === 0 ? 0 : from;
        painted.push({ node: piece, start: pieceStart, offsets: offsets.map((o) => o - base), data: piece.data });
        const layers = covering
          .filter((a) => a.start < pieceEnd && a.end > pieceStart)
          .sort((x, y) => x.rank - y.rank || (y.end - y.start) - (x.end - x.start));
        if (layers.length) wrap(piece, layers, marks, annotationOf);
      });
    });
    return { segments: painted, marks, annotationOf };
  }

  /** Whether ``element``'s ``::first-letter`` is a drop capital (floated, or set with ``initial-letter``). */
  function drawsDropCapital(element) {
    const letter = getComputedStyle(element, "::first-letter");
    const initialLetter = letter.getPropertyValue("initial-letter");
    return letter.float !== "none" || Boolean(initialLetter && initialLetter !== "normal");
  }

  /** How many containers above a paragraph may draw its first letter (".story-body::first-letter"). */
  const INITIAL_LEVELS = 3;

  /** Whether nothing with text comes before ``element`` in its parent (so it holds the parent's first letter). */
  function opensParent(element) {
    for (let node = element.previousSibling; node; node = node.previousSibling) {
      if (node.nodeType === Node.TEXT_NODE || node.nodeType === Node.ELEMENT_NODE) {
        if (node.textContent.trim() !== "") return false;
      }
    }
    return true;
  }

  /**
   * The element whose ``::first-letter`` draws ``block``'s first letter as a drop capital: the block
   * itself, or a container it opens (the style is often set on the article body, not the paragraph:
   * CSS gives a container's first letter to its first paragraph). None when there is no drop capital.
   */
  function dropCapitalOf(block) {
    let element = block;
    for (let level = 0; level <= INITIAL_LEVELS; level++) {
      if (drawsDropCapital(element)) return element;
      const parent = element.parentElement;
      if (!parent || parent === document.body || parent === document.documentElement || !opensParent(element)) {
        return null;
      }
      element = parent;
    }
    return null;
  }

  /** ``paint``, and the drop capitals of the article's lines. */
  function paintArticle(article, annotations) {
    const painted = paint(article.segments, annotations);
    painted.initials = paintInitials(article.lines, annotations);
    return painted;
  }

  function wrap(textNode, layers, marks, annotationOf) {
    const elements = layers.map((annotation) => {
      const mark = document.createElement(MARK_TAG);
      mark.className = ["framing-hl", ...annotation.classes].join(" ");
      mark.setAttribute("role", "mark"); // a screen reader says "highlighted", as for <mark>
      mark.dataset.framingRef = annotation.ref;
      annotationOf.set(mark, annotation);
      marks.push(mark);
      return mark;
    });
    textNode.replaceWith(elements[0]);
    for (let i = 1; i < elements.length; i++) elements[i - 1].append(elements[i]);
    elements[elements.length - 1].append(textNode);
  }

  /**
   * Drop capitals the page draws with CSS (a floated ``::first-letter``, or ``initial-letter``): the
   * letter leaves the line, and with it the background and underline of the mark around its word. The
   * block (or the container that draws its first letter, ``dropCapitalOf``) gets ``data-framing-initial``
   * naming the classes of the marks over its first letter, and highlight.css draws them on its
   * ``::first-letter``. Returns the elements so marked.
   */
  function paintInitials(lines, annotations) {
    const marked = [];
    const seen = new Set(); // a block's first line holds its first letter; its lines after a <br> do not
    for (const { start, block } of lines || []) {
      if (seen.has(block)) continue;
      seen.add(block);
      if (!block.isConnected) continue;
      const carrier = dropCapitalOf(block);
      if (!carrier || carrier.hasAttribute("data-framing-initial")) continue;
      const classes = annotations.filter((a) => a.start <= start && a.end > start)
        .sort((x, y) => x.rank - y.rank).flatMap((a) => a.classes);
      if (!classes.length) continue;
      carrier.setAttribute("data-framing-initial", classes.join(" "));
      marked.push(carrier);
    }
    return marked;
  }

  /**
   * Text nodes the overlay split to wrap a finding, or merges back when it takes its marks off: edits
   * to them are its own, not the page's (see ``isOwnRecord``). A WeakSet holds no node the page dropped.
   */
  const ownTextNodes = new WeakSet();

  /** Puts the page back as it was: marks removed, split text nodes merged. */
  function unpaint(marks, initials = []) {
    for (const block of initials) block.removeAttribute("data-framing-initial");
    const parents = new Set();
    for (let i = marks.length - 1; i >= 0; i--) {
      const mark = marks[i];
      const parent = mark.parentNode;
      if (!parent) continue;
      mark.replaceWith(...mark.childNodes);
      parents.add(parent);
    }
    for (const parent of parents) {
      if (!parent.isConnected) continue;
      for (let child = parent.firstChild; child; child = child.nextSibling) {
        if (child.nodeType === Node.TEXT_NODE) ownTextNodes.add(child); // normalize() edits and removes them
      }
      parent.normalize();
    }
  }

  // ---------------------------------------------------------------------------
  // 4. The overlay: a shadow root holding the panel, tooltip and messages
  // ---------------------------------------------------------------------------

  /** Builds an element; children are elements or strings (always text nodes, never markup). */
  function h(tag, props = {}, ...children) {
    const element = document.createElement(tag);
    for (const [key, value] of Object.entries(props)) {
      if (value === null || value === undefined || value === false) continue;
      if (key === "class") element.className = value;
      else if (key === "onclick") element.addEventListener("click", value);
      else if (key === "style") for (const [p, v] of Object.entries(value)) element.style.setProperty(p, v);
      else element.setAttribute(key, value === true ? "" : String(value));
    }
    for (const child of children.flat()) {
      if (child === null || child === undefined || child === false) continue;
      element.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return element;
  }

  const signed = (value) => {
    const number = Number(value) || 0;
    return `${number < 0 ? "\u2212" : number > 0 ? "+" : "\u00b1"}${Math.abs(number).toFixed(2)}`;
  };
  const toneClass = (value) => (value <= -0.05 ? "neg" : value >= 0.05 ? "pos" : "neu");
  /** ``text`` in at most ``limit`` UTF-16 units, cut with "…"; never between an emoji's two halves (a lone half shows as "\ufffd"). */
  const clip = (text, limit) => {
    const flat = String(text || "").replace(/\s+/g, " ").trim();
    if (flat.length <= limit) return flat;
    let cut = limit - 1;
    const last = flat.charCodeAt(cut - 1);
    if (last >= 0xd800 && last <= 0xdbff) cut -= 1;
    return `${flat.slice(0, cut)}\u2026`;
  };
  const plural = (count, word) => `${count} ${word}${count === 1 ? "" : "s"}`;
  /**
   * Text from the page or the report, isolated from the panel's own words (<bdi>, direction from its
   * first strong letter): an Arabic or Hebrew name, or a stray U+202E in the page's text, must not
   * reorder what stands beside it ("محمد الحسيني · 1 mention", "anonymous (…)").
   */
  const bidi = (text, props = {}) => h("bdi", props, text);

  /** Room the panel takes at the right of the window (its width in overlay.css, and its margins). */
  const PANEL_ROOM = 384;
  /** The page keeps at least this width when it makes room for the panel; narrower, the panel floats over it. */
  const MIN_PAGE_WIDTH = 640;

  class Overlay {
    constructor(actions) {
      this.actions = actions; // {dismiss, close, retry, pin, unpin, focus}
      this.host = document.createElement(HOST_TAG);
      for (const [property, value] of Object.entries({
        all: "initial", position: "fixed", top: "0", left: "0", width: "0", height: "0",
        overflow: "visible", "z-index": "2147483647", display: "block",
      })) this.host.style.setProperty(property, value, "important");
      this.root = this.host.attachShadow({ mode: "open" });
      const sheet = h("link", { rel: "stylesheet", href: chrome.runtime.getURL("overlay.css") });
      this.frame = h("div", { class: "frame", hidden: true });
      const reveal = () => this.frame.removeAttribute("hidden");
      sheet.addEventListener("load", reveal);
      sheet.addEventListener("error", reveal);
      setTimeout(reveal, 1500); // a page policy that blocks the sheet must not hide the messages
      // Banners and notices are seen; what a screen reader hears of them (and of the report) is said
      // once, politely, in this region (outside the frame, which is hidden until its sheet loads).
      this.banner = h("div", { class: "banner", hidden: true });
      this.live = h("div", { class: "live", role: "status", "aria-live": "polite", "aria-atomic": "true" });
      for (const [property, value] of Object.entries({
        position: "fixed", width: "1px", height: "1px", overflow: "hidden", "clip-path": "inset(50%)",
        "white-space": "nowrap", margin: "-1px", padding: "0", border: "0",
      })) this.live.style.setProperty(property, value);
      this.panel = h("aside", { class: "panel", "aria-label": "How this article frames the story", hidden: true,
        tabindex: "-1" });
      // Escape in the panel minimises it (focus goes to the button that brings it back).
      this.panel.addEventListener("keydown", (event) => {
        if (event.key !== "Escape") return;
        event.stopPropagation();
        this.collapse();
      });
      this.pill = h("button", { class: "pill", hidden: true, type: "button", title: "Show the framing panel",
        onclick: () => this.expand() }, "framing");
      this.tooltip = h("div", { class: "tooltip", role: "tooltip", id: TOOLTIP_ID, hidden: true });
      this.description = h("framing-description", { id: DESCRIPTION_ID, slot: "description", hidden: true });
      this.described = []; // the elements whose aria-describedby names the tooltip now
      this.frame.append(this.banner, this.panel, this.pill, this.tooltip);
      this.root.append(sheet, this.frame, this.live, h("slot", { name: "description", hidden: true }));
      this.host.append(this.description);
      document.documentElement.append(this.host);
    }

    remove() {
      this.giveBackRoom();
      this.host.remove();
    }

    /** Says ``message`` to a screen reader (once, politely; the same words again are said again). */
    announce(message) {
      clearTimeout(this.announcing);
      this.live.textContent = "";
      this.toAnnounce = this.toAnnounce ? `${this.toAnnounce} ${message}` : message; // said together, none lost
      this.announcing = setTimeout(() => {
        this.live.textContent = this.toAnnounce;
        this.toAnnounce = "";
      }, ANNOUNCE_DELAY_MS);
    }

    showBusy(message, { announce = true } = {}) {
      if (announce) this.announce(message);
      this.banner.className = "banner busy";
      this.banner.replaceChildren(h("span", { class: "spinner", "aria-hidden": "true" }), h("span", { class: "message" }, message));
      this.banner.hidden = false;
    }

    /** ``settings``: the fix is in the extension's options (the server's address, the time limit): a button opens them. */
    showError(message, { retry = true, settings = false } = {}) {
      this.announce(`framing: ${message}${settings ? " The Options button in the message opens the extension's options." : ""}`);
      this.banner.className = "banner error";
      this.banner.replaceChildren(
        h("strong", {}, "framing: "),
        h("span", { class: "message" }, message),
        h("span", { class: "actions" },
          settings ? h("button", { type: "button", class: "settings", onclick: () => this.actions.openOptions() },
            "Options") : null,
          retry ? h("button", { type: "button", class: "retry", onclick: () => this.actions.retry() }, "Try again") : null,
          h("button", { type: "button", class: "dismiss", "aria-label": "Dismiss this message", title: "Dismiss",
            onclick: () => this.actions.dismiss() }, "\u00d7")),
      );
      this.banner.hidden = false;
    }

    hideBanner() {
      this.banner.hidden = true;
      this.banner.replaceChildren();
    }

    /** ``focus``: the reader asked for the panel (toolbar button, keyboard shortcut): take them into it. */
    expand({ focus = false } = {}) {
      const pillFocused = this.root.activeElement === this.pill;
      this.pill.hidden = true;
      this.panel.hidden = false;
      this.makeRoom();
      if (focus || pillFocused) this.panel.focus({ preventScroll: true });
    }

    collapse() {
      const hadFocus = this.root.activeElement !== null;
      this.panel.hidden = true;
      this.pill.hidden = false;
      this.hideTooltip();
      this.giveBackRoom();
      if (hadFocus) this.pill.focus({ preventScroll: true }); // not lost on <body>: the way back is here
    }

    /**
     * The panel floats over the right of the window. Where it would cover the article's text and the
     * window is wide enough, the page is narrowed by the panel's width (a margin on <html>, put back
     * as it was when the panel goes), so no word of the article, and no evidence the panel scrolls
     * to, is hidden under it; on a narrow window it floats over the page as before.
     */
    makeRoom() {
      if (this.room) return;
      const article = this.actions.articleBox();
      const width = Math.max(PANEL_ROOM, this.panel.getBoundingClientRect().width + 24);
      if (!article || article.right <= innerWidth - width || innerWidth - width < MIN_PAGE_WIDTH) return;
      const html = document.documentElement;
      this.room = { hadStyle: html.hasAttribute("style"), value: html.style.getPropertyValue("margin-right"),
                    priority: html.style.getPropertyPriority("margin-right") };
      html.style.setProperty("margin-right", `${width}px`, "important");
    }

    /** Puts <html>'s margin back as it was, and its style attribute away if it had none (other styles the page set stay). */
    giveBackRoom() {
      if (!this.room) return;
      const { hadStyle, value, priority } = this.room;
      this.room = null;
      const html = document.documentElement;
      html.style.removeProperty("margin-right");
      if (value) html.style.setProperty("margin-right", value, priority);
      if (!hadStyle && !html.getAttribute("style")) html.removeAttribute("style");
    }

    /** The window changed size: the room the page gives the panel is weighed again (a narrowed window may not have it). */
    refitRoom() {
      if (this.panel.hidden) return;
      this.giveBackRoom();
      this.makeRoom();
    }

    focusPanel() {
      if (!this.panel.hidden) this.panel.focus({ preventScroll: true });
    }

    get visible() {
      return !this.panel.hidden;
    }

    // ---- tooltip ----

    /**
     * ``anchor``: the mark it explains, described by its words (aria-describedby); ``origin``: the panel
     * item that brought the reader there (by keyboard or click), described by the tooltip too, and the
     * words are said, since a screen reader does not follow the page's scrolling.
     */
    showTooltip(anchor, lines, { origin = null } = {}) {
      const words = lines.map(([label, value]) => (label ? `${label}: ${value}` : value)).join(". ");
      this.undescribe();
      this.description.textContent = words;
      ignoreOwnChanges();
      anchor.setAttribute("aria-describedby", DESCRIPTION_ID);
      this.described.push(anchor);
      if (origin) {
        origin.setAttribute("aria-describedby", TOOLTIP_ID);
        this.described.push(origin);
        this.announce(words);
      }
      this.tooltip.replaceChildren(...lines.map(([label, value, cls]) =>
        h("div", { class: `line ${cls || ""}` }, label ? h("span", { class: "label" }, label) : null,
          label ? bidi(value) : value)));
      this.tooltip.hidden = false;
      this.tooltipAnchor = anchor;
      this.placeTooltip();
    }

    /** Keeps the tooltip beside its mark (called again when the page scrolls). */
    placeTooltip() {
      const anchor = this.tooltipAnchor;
      if (this.tooltip.hidden || !anchor) return;
      const rect = anchor.getBoundingClientRect();
      if (rect.bottom < 0 || rect.top > innerHeight) {
        this.hideTooltip();
        return;
      }
      const box = this.tooltip.getBoundingClientRect();
      const below = rect.bottom + 8 + box.height < innerHeight;
      const top = below ? rect.bottom + 6 : Math.max(4, rect.top - box.height - 6);
      const left = Math.max(4, Math.min(rect.left, innerWidth - box.width - 8));
      this.tooltip.style.setProperty("top", `${top}px`);
      this.tooltip.style.setProperty("left", `${left}px`);
    }

    hideTooltip() {
      this.tooltip.hidden = true;
      this.tooltipAnchor = null;
      this.undescribe();
    }

    undescribe() {
      for (const element of this.described) element.removeAttribute("aria-describedby");
      this.described = [];
      ignoreOwnChanges();
    }

    // ---- the panel ----

    showReport(report, context) {
      this.report = report;
      this.context = context; // {apiBase, pinned: bool}
      this.hideBanner();
      const tone = report.tone || {};
      const head = h("header", { class: "head" },
        h("div", { class: "title" }, h("span", { class: "brand" }, "framing"),
          h("span", { class: `badge tone-${toneClass(tone.compound)}`, title: "Article tone (VADER compound, \u22121 to +1)" },
            `${tone.label || "neutral"} ${signed(tone.compound)}`)),
        h("div", { class: "head-actions" },
          h("button", { type: "button", class: "collapse", title: "Minimise the panel", "aria-label": "Minimise the panel",
            onclick: () => this.collapse() }, "\u2013"),
          h("button", { type: "button", class: "close", title: "Close and remove the highlights",
            "aria-label": "Close and remove the highlights", onclick: () => this.actions.close() }, "\u00d7")));
      this.compareSection = h("section", { class: "section compare", "data-section": "compare" });
      const body = h("div", { class: "body" },
        this.toneSection(report),
        this.compareSection,
        this.legendSection(report),
        this.actorsSection(report),
        this.sourcesSection(report),
        this.languageSection(report),
        this.framesSection(report),
        this.claimsSection(report),
        this.excludedSection(report));
      const foot = h("footer", { class: "foot" }, `server ${context.apiBase} \u00b7 report ${report.id || "?"}`);
      this.noticeBox = h("div", { class: "notice", hidden: true });
      this.panel.replaceChildren(head, this.noticeBox, body, foot);
      this.renderCompare({ pins: [], comparison: null, pinned: context.pinned });
      const quotes = report.quotes || [];
      const silent = noCommentOf(report).length;
      this.announce(`framing: the article reads ${tone.label || "neutral"} (${signed(tone.compound)}); `
        + `${plural(quotes.length, "quote")}, ${quotes.filter((q) => speakerKind(q) === "anonymous").length} anonymous; `
        + (silent ? `${plural(silent, "source")} gave no comment; ` : "")
        + `${plural((report.evaluative || []).length, "evaluative phrase")} highlighted. `
        + "Alt+Shift+F takes you to the panel.");
      if (this.pendingNotice) this.setNotice(...this.pendingNotice);
      this.pendingNotice = null;
      this.expand();
    }

    /**
     * A line under the panel's head saying what the page did to the report
     * (re-rendered, changed, another article in view); ``action``: {label, run}.
     */
    setNotice(message, { kind = "info", action = null } = {}) {
      if (!this.noticeBox) {
        this.pendingNotice = [message, { kind, action }]; // the report is still on its way: shown with it
        return;
      }
      this.noticeBox.className = `notice ${kind}`;
      this.noticeBox.replaceChildren(h("span", { class: "notice-text" }, message));
      if (action) {
        this.noticeBox.append(h("button", { type: "button", class: "notice-action", onclick: () => action.run() }, action.label));
      }
      this.noticeBox.hidden = false;
      this.announce(`framing: ${message}`);
      this.pill.classList.toggle("has-notice", kind !== "info");
    }

    clearNotice() {
      if (!this.noticeBox) return;
      this.noticeBox.hidden = true;
      this.noticeBox.replaceChildren();
      this.pill.classList.remove("has-notice");
    }

    section(name, title, count, ...content) {
      return h("section", { class: `section ${name}`, "data-section": name },
        h("h2", {}, title, count === null ? null : h("span", { class: "count" }, String(count))),
        ...content);
    }

    item(label, detail, onclick, extra = {}) {
      return h("li", {}, h("button", { type: "button", class: `item ${extra.class || ""}`, onclick, title: extra.title },
        h("span", { class: "item-label" }, label), detail ? h("span", { class: "item-detail" }, detail) : null));
    }

    /** A list of the first ``limit`` items, with a button that shows the rest. */
    list(items, limit, render, listClass = "items") {
      const list = h("ul", { class: listClass }, items.slice(0, limit).map(render));
      if (items.length <= limit) return list;
      const rest = items.length - limit;
      const button = h("button", { type: "button", class: "more", onclick: () => {
        const added = items.slice(limit).map((item, i) => render(item, limit + i));
        list.append(...added);
        const hadFocus = this.root.activeElement === button;
        button.remove();
        // The button is gone: a keyboard's focus goes on to the first item it showed, not back to the page.
        const next = added[0] && (added[0].matches("button") ? added[0] : added[0].querySelector("button") || added[0]);
        if (hadFocus && next) {
          if (!next.matches("button")) next.tabIndex = -1; // a finding without evidence is text: focusable for this
          next.focus();
        }
      } }, `Show ${rest} more`);
      return h("div", {}, list, button);
    }

    toneSection(report) {
      const tone = report.tone || {};
      const shares = ["positive", "neutral", "negative"].map((name) => [name, Number(tone[`share_${name}`]) || 0]);
      const bar = shares.some(([, share]) => share > 0)
        ? h("div", { class: "share-bar", title: "Share of sentences that are positive, neutral, negative" },
          shares.map(([name, share]) => h("span", { class: `share ${name}`, style: { width: `${(share * 100).toFixed(1)}%` } })))
        : null;
      const extremes = [["most_negative", "Most negative sentence"], ["most_positive", "Most positive sentence"]]
        .filter(([key]) => tone[key] && Number.isInteger(tone[key].start))
        .map(([key, label]) => this.item(
          h("span", { class: "extreme" }, h("span", { class: "extreme-kind" }, label),
            bidi(clip(report.text.slice(...spanUnits(report, tone[key])), 110), { class: "extreme-text" })),
          signed(tone[key].compound),
          () => this.actions.focus([tone[key]], key), { class: "extreme-item" }));
      const meta = report.meta || {};
      const warnings = (meta.warnings || []).map((text) => h("p", { class: "note warning" }, `Note: ${text}.`));
      return this.section("tone", "Tone", null,
        ...warnings,  // first: they say how far to trust the rest
        h("p", { class: "tone-line" }, "The article reads ",
          h("strong", { class: `tone-${toneClass(tone.compound)}` }, tone.label || "neutral"),
          ` (${signed(tone.compound)}) over ${plural(meta.sentences || (report.sentences || []).length, "sentence")}.`),
        bar,
        extremes.length ? h("ul", { class: "items" }, extremes) : null,
        meta.truncated ? h("p", { class: "note" }, "The page holds only part of the article (paywall).") : null);
    }

    legendSection(report) {
      const silent = noCommentOf(report).length;
      const voices = { author: 0, quoted: 0 };
      for (const item of report.evaluative || []) voices[item.voice === "quoted" ? "quoted" : "author"] += 1;
      return h("div", { class: "legend" },
        h("span", { class: "key key-author" }, `author's voice ${voices.author}`),
        h("span", { class: "key key-quoted" }, `quoted voice ${voices.quoted}`),
        h("span", { class: "key key-quote" }, `quotes ${(report.quotes || []).length}`),
        silent ? h("span", { class: "key key-nocomment" }, `no comment ${silent}`) : null);
    }

    actorsSection(report) {
      const actors = [...(report.actors || [])]
        .sort((a, b) => (b.mentions || []).length - (a.mentions || []).length);
      if (!actors.length) return this.section("actors", "Actors", 0, h("p", { class: "empty" }, "No actors found."));
      return this.section("actors", "Actors", actors.length,
        this.list(actors, 6, (actor, i) => this.item(
          // the country a city, a person or a group belongs to ("Oslo · Norway"): why a city is listed apart
          h("span", {}, bidi(actor.name), h("span", { class: "kind" }, ` ${actor.kind || ""}`,
            actor.affiliation ? [" \u00b7 ", bidi(actor.affiliation)] : null)),
          h("span", { class: `chip tone-${toneClass(actor.tone)}`, title: "Tone toward this actor" },
            `${signed(actor.tone)} \u00b7 ${plural((actor.mentions || []).length, "mention")}`),
          () => this.actions.focus(actor.mentions || [], `actor${i}`),
          { title: "Show the mentions, one per click" })));
    }

    sourcesSection(report) {
      const quotes = report.quotes || [];
      const silent = noCommentOf(report);
      const named = quotes.filter((q) => speakerKind(q) === "named");
      const count = (kind) => quotes.filter((q) => speakerKind(q) === kind).length;
      const described = count("described");
      const unattributed = count("unattributed");
      const speakers = new Set(named.map((q) => q.speaker.name));
      const summary = h("p", { class: "sources-line" },
        h("strong", {}, plural(speakers.size, "named source")), ` (${plural(named.length, "quote")}) \u00b7 `,
        h("strong", {}, String(count("anonymous"))), " anonymous",
        described ? ` \u00b7 ${described} described` : "",
        unattributed ? ` \u00b7 ${unattributed} unattributed` : "",
        silent.length ? ` \u00b7 ${silent.length} no comment` : "");
      // Who was asked and said nothing: apart from the quotes (there are no words to quote), with the refusal's words.
      const silences = silent.length ? [
        h("h3", { class: "subhead" }, "No comment"),
        this.list(silent, 4, (silence, i) => this.item(
          bidi(silentName(silence)),
          bidi(clip(silence.text || "", 90)),
          Number.isInteger(silence.start) ? () => this.actions.focus([silence], `n${i}`) : null,
          { class: "no-comment", title: "Said nothing when asked; click to see where" }), "items no-comments"),
      ] : [];
      if (!quotes.length) {
        return this.section("sources", "Sources", silent.length, h("p", { class: "empty" }, silent.length
          ? `No quotes found; ${plural(silent.length, "source")} declined to comment or could not be reached.`
          : "No quotes found."), ...silences);
      }
      return this.section("sources", "Sources", quotes.length + silent.length, summary,
        this.list(quotes, 4, (quote, i) => this.item(
          bidi(speakerName(quote)),
          bidi(clip(quote.text || "", 90)),
          () => this.actions.focus([quote], `q${i}`),
          { class: quote.speaker && quote.speaker.anonymous ? "anonymous" : "named" })),
        ...silences);
    }

    languageSection(report) {
      const items = report.evaluative || [];
      if (!items.length) {
        return this.section("language", "Evaluative language", 0, h("p", { class: "empty" }, "No evaluative language found."));
      }
      return this.section("language", "Evaluative language", items.length,
        this.list(items, 24, (item, i) => this.item(
          bidi(item.text), null,
          () => this.actions.focus([item], `e${i}`),
          { class: `ev ev-${item.voice === "quoted" ? "quoted" : "author"} ev-pol-${polarityName(item.polarity)}`,
            title: `${item.category || "evaluative"}, `
                   + `${item.polarity < 0 ? "negative" : item.polarity > 0 ? "positive" : "stance"}`
                   + `${item.plain ? " (plain wording, not loaded)" : ""}, `
                   + `${item.voice === "quoted" ? "quoted voice" : "author's voice"}` }),
        "items chips"));
    }

    framesSection(report) {
      const frames = [...(report.frames || [])].sort((a, b) => (b.score || 0) - (a.score || 0));
      if (!frames.length) return this.section("frames", "Frames", 0, h("p", { class: "empty" }, "No frame stands out."));
      const top = Math.max(...frames.map((f) => Number(f.score) || 0), 1e-9);
      return this.section("frames", "Frames", frames.length,
        this.list(frames, 5, (frame, i) => this.item(
          String(frame.name || "").replace(/_/g, " "),
          h("span", { class: "bar" }, h("span", { class: "fill", style: { width: `${(100 * (Number(frame.score) || 0) / top).toFixed(0)}%` } })),
          () => this.actions.focus(frame.cues || [], `frame${i}`),
          { class: frame.present === false ? "frame-absent" : "",
            title: `score ${Number(frame.score || 0).toFixed(2)}${frame.present ? " (present)" : " (not present: below its threshold or outside the article's five strongest)"} \u00b7 ${plural((frame.cues || []).length, "cue")}; click for the cues` })));
    }

    claimsSection(report) {
      const claims = report.claims || [];
      if (!claims.length) return null;
      return this.section("claims", "Numbers", claims.length,
        this.list(claims, 4, (claim, i) => this.item(
          bidi(claim.text), null, () => this.actions.focus([claim], `claim${i}`))));
    }

    excludedSection(report) {
      const excluded = (report.meta && report.meta.excluded) || [];
      if (!excluded.length) return null;
      return this.section("excluded", "Left out of scoring", excluded.length,
        this.list(excluded, 5, (line, i) => this.item(
          bidi(clip(report.text.slice(...spanUnits(report, line)), 80)), line.reason,
          () => this.actions.focus([line], `x${i}`), { class: "excluded" })));
    }

    // ---- the comparison ----

    renderCompare({ pins, comparison, pinned, error, busy }) {
      if (!this.compareSection) return;
      const report = this.report;
      const button = pinned
        ? h("button", { type: "button", class: "pin pinned", onclick: () => this.actions.unpin(report.id) }, "\u2713 In comparison \u00b7 remove")
        : h("button", { type: "button", class: "pin", onclick: () => this.actions.pin() }, "+ Add to comparison");
      const pinList = pins.length
        ? h("ul", { class: "pins" }, pins.map((pin) => h("li", { class: pin.id === report.id ? "this" : "" },
          h("span", { class: "pin-label", title: pin.url || "" }, bidi(clip(pin.label || pin.title || pin.url, 48))),
          h("button", { type: "button", class: "unpin", title: "Remove from the comparison", "aria-label": "Remove from the comparison",
            onclick: () => this.actions.unpin(pin.id) }, "\u00d7"))))
        : null;
      const hint = pins.length < 2 ? h("p", { class: "note" },
        pins.length ? "Pin one more article on the same story to compare them." : "Pin two or more articles on the same story to compare them.")
        : null;
      // Redrawn under the reader's focus (they pressed "Add to comparison" or "×"): the focus stays in the section.
      const hadFocus = this.compareSection.contains(this.root.activeElement);
      this.compareSection.replaceChildren(...[
        h("h2", {}, "Compare", pins.length ? h("span", { class: "count" }, String(pins.length)) : null),
        button, pinList, hint,
        busy ? h("p", { class: "note" }, "Comparing\u2026") : null,
        error ? h("p", { class: "error" }, error) : null,
        comparison ? this.comparisonView(comparison) : null,
      ].filter(Boolean));
      if (hadFocus) button.focus();
    }

    /**
     * The comparison, drawn from whichever of its sections the server sent: a
     * row per article, then the differences in plain words. A difference with
     * evidence in this page scrolls to it when clicked.
     */
    comparisonView(comparison) {
      const articles = comparison.articles || [];
      const here = articles.find((article) => article.id === this.report.id);
      const counts = (comparison.sources && comparison.sources.counts) || {};
      const perThousand = (comparison.wording && comparison.wording.evaluative_per_1000_words) || {};
      const rows = articles.map((article) => {
        const tone = article.tone || {};
        const compound = typeof tone === "number" ? tone : tone.compound;
        const sources = counts[article.label];
        const evaluative = perThousand[article.label];
        return h("tr", { class: article === here ? "this" : "" },
          h("td", { class: "label", title: article.label || "" }, bidi(clip(article.label || article.id, 34))),
          h("td", { class: `tone-${toneClass(compound)}` }, signed(compound)),
          h("td", { title: "named / anonymous quoted sources" }, sources ? `${sources.named} / ${sources.anonymous}` : "\u2013"),
          h("td", { title: "evaluative phrases per 1,000 words" },
            evaluative === undefined ? "\u2013" : Number(evaluative).toFixed(1)));
      });
      const details = Array.isArray(comparison.finding_details) && comparison.finding_details.length
        ? comparison.finding_details
        : (comparison.findings || []).map((text) => ({ text, evidence: [] }));
      const findings = details.filter((d) => d && d.text).map((detail, i) => {
        const evidence = here ? (detail.evidence || []).filter((e) => e.article === here.label) : [];
        return h("li", {}, evidence.length
          ? h("button", { type: "button", class: "finding", title: "Show the evidence in this article",
            onclick: () => this.actions.focus(evidence, `finding${i}`) }, detail.text)
          : detail.text);
      });
      const similarity = comparison.similarity || {};
      return h("div", { class: "comparison", "data-articles": String(articles.length) },
        similarity.warning ? h("p", { class: "error" }, similarity.warning) : null,
        h("table", { class: "articles" },
          h("thead", {}, h("tr", {}, h("th", {}, "Article"), h("th", {}, "Tone"),
            h("th", { title: "named / anonymous quoted sources" }, "Sources"),
            h("th", { title: "evaluative phrases per 1,000 words" }, "Eval./1k"))),
          h("tbody", {}, rows)),
        findings.length
          ? this.list(findings, 6, (item) => item, "findings")
          : h("p", { class: "note" }, "No marked differences between these articles."));
    }
  }

  // As the report's sources counts sort them: a name; an anonymous source; a description that hides no
  // one ("the mayor", "the company"); or no speaker found.
  function speakerKind(quote) {
    const speaker = quote.speaker;
    if (!speaker || (!speaker.name && !speaker.anonymous && !speaker.descriptor)) return "unattributed";
    if (speaker.name) return "named";
    return speaker.anonymous ? "anonymous" : "described";
  }

  function speakerName(quote) {
    const speaker = quote.speaker;
    switch (speakerKind(quote)) {
      case "named": return speaker.name;
      case "described": return clip(speaker.descriptor, 40);
      case "anonymous": return speaker.descriptor ? `anonymous (${clip(speaker.descriptor, 40)})` : "anonymous source";
      default: return "unattributed";
    }
  }

  /**
   * The sources that said nothing when asked (the report's ``no_comment``: "declined to comment", "did not
   * respond to requests for comment", "could not be reached"). A report from an older server has none.
   */
  function noCommentOf(report) {
    return Array.isArray(report.no_comment) ? report.no_comment.filter((n) => n && typeof n === "object") : [];
  }

  /** Who stayed silent, as a reader names them: "Frank DeLuca (Mayor)", "the company", "anonymous (an aide)". */
  function silentName(silence) {
    const speaker = silence.speaker;
    if (!speaker || (!speaker.name && !speaker.descriptor)) {
      return speaker && speaker.anonymous ? "anonymous source" : "unnamed source";
    }
    if (speaker.name) return speaker.descriptor ? `${speaker.name} (${clip(speaker.descriptor, 40)})` : speaker.name;
    return speaker.anonymous ? `anonymous (${clip(speaker.descriptor, 40)})` : clip(speaker.descriptor, 40);
  }

  function spanUnits(report, span) {
    const toUnit = codePointToUnit(report.text);
    return [toUnit(span.start), toUnit(span.end)];
  }

  // ---------------------------------------------------------------------------
  // 5. Tooltips for the marks in the page
  // ---------------------------------------------------------------------------

  function tooltipLines(annotations) {
    const lines = [];
    const seenQuotes = new Set();
    for (const annotation of annotations) {
      const { kind, info } = annotation;
      if (kind === "quote" || kind === "speaker" || kind === "cue") {
        const quote = info.quote;
        if (seenQuotes.has(quote)) continue;
        seenQuotes.add(quote);
        const speaker = quote.speaker || {};
        const kind = quote.kind || "direct";
        lines.push(["", `${kind[0].toUpperCase()}${kind.slice(1)} quote`, "heading"]);
        const speakerLine = { named: speaker.name, anonymous: "anonymous source", described: "not named",
                              unattributed: "unattributed" }[speakerKind(quote)];
        lines.push(["Speaker", speakerLine]);
        if (speaker.descriptor) lines.push(["Descriptor", speaker.descriptor]);
        if (quote.cue && quote.cue.text) lines.push(["Cue", quote.cue.text]);
      } else if (kind === "evaluative") {
        const item = info.item;
        const polarity = item.polarity < 0 ? "negative" : item.polarity > 0 ? "positive" : "stance";
        lines.push(["", item.voice === "quoted" ? "Evaluative, quoted voice" : "Evaluative, author's voice", "heading"]);
        lines.push(["Kind", `${item.category || "evaluative"} \u00b7 ${polarity}`]);
        // What the report says of its force: plain appraisal takes a side without loaded wording.
        const notes = [item.plain && "plain wording, not loaded", item.negated && "negated", item.hedged && "hedged"];
        if (notes.some(Boolean)) lines.push(["Note", notes.filter(Boolean).join(" \u00b7 ")]);
      } else if (kind === "nocomment" || kind === "nocomment-speaker") {
        const silence = info.silence;
        if (seenQuotes.has(silence)) continue;
        seenQuotes.add(silence);
        lines.push(["", "No comment: a source that said nothing when asked", "heading"]);
        lines.push(["Source", silentName(silence)]);
        if (silence.cue && silence.cue.text) lines.push(["Cue", silence.cue.text]);
      } else if (kind === "excluded") {
        lines.push(["", `Left out of scoring: ${info.reason || "boilerplate"}`, "heading"]);
      }
    }
    return lines;
  }

  // ---------------------------------------------------------------------------
  // 6. Talking to the service worker
  // ---------------------------------------------------------------------------

  function send(type, payload = {}) {
    return new Promise((resolve) => {
      const fail = (message) => resolve({ ok: false, error: { kind: "extension", message } });
      try {
        chrome.runtime.sendMessage({ type, payload }, (response) => {
          if (chrome.runtime.lastError) fail(`the extension's background worker did not answer (${chrome.runtime.lastError.message})`);
          else resolve(response || { ok: false, error: { kind: "extension", message: "empty answer from the background worker" } });
        });
      } catch (error) {
        fail(`the extension was reloaded or removed; reload the page (${error.message})`);
      }
    });
  }

  // ---------------------------------------------------------------------------
  // 7. The run: extract, analyse, paint, show
  // ---------------------------------------------------------------------------

  const state = {
    running: false,
    overlay: null,
    article: null,
    report: null,
    painted: null, // {segments, marks, annotationOf}
    settings: null,
    generation: 0, // bumped by teardown: an answer for an abandoned run is dropped
    compareKey: null, // the pins whose comparison the panel shows
    cycles: new Map(),
    listeners: [],
    lastText: null, // the article text last run on or seen: a look that finds it again finds nothing new
    retries: 0, // automatic runs redone because the page was still rendering (per address)
    metadata: null, // what was sent with the article (url, title, source): pinning sends it again
    auto: false, // the report shown came from an automatic run (a report asked for by hand is never replaced unasked)
    rescores: 0, // automatic runs redone because the page changed the article after its report was drawn (per address)
    offered: null, // another article of the page, offered to the reader (automatic run off)
    focusToken: 0, // the panel item last clicked: only its finding's tooltip is shown once the page has scrolled
  };

  /**
   * Reports of the articles on this page, by text. Consulted only on a page
   * holding several articles at once (infinite scroll), so that scrolling back
   * and forth analyses each of them once.
   */
  const reports = new Map();
  const MAX_REPORTS = 8;

  function remember(text, report) {
    reports.delete(text);
    reports.set(text, report);
    if (reports.size > MAX_REPORTS) reports.delete(reports.keys().next().value);
  }

  function overlay() {
    if (!state.overlay || !state.overlay.host.isConnected) {
      state.overlay = new Overlay({
        dismiss: () => {
          state.overlay.hideBanner();
          if (!state.report) teardown();
        },
        close: () => teardown(),
        retry: () => run(),
        pin: () => pinThis(),
        unpin: (id) => unpin(id),
        focus: (spans, key, ref) => focusEvidence(spans, key, ref),
        openOptions: () => send(MSG.OPEN_OPTIONS),
        articleBox: () => (state.article && state.article.root.isConnected
          ? state.article.root.getBoundingClientRect() : null),
      });
      ignoreOwnChanges();
    }
    return state.overlay;
  }

  /** Removes every trace: highlights, focus, listeners, the overlay. */
  function teardown() {
    stopGuard();
    if (state.painted) unpaint(state.painted.marks, state.painted.initials);
    if (CSS.highlights) CSS.highlights.delete(FOCUS_HIGHLIGHT);
    for (const [target, type, listener] of state.listeners) target.removeEventListener(type, listener, true);
    state.listeners = [];
    if (state.overlay) state.overlay.remove();
    Object.assign(state, {
      overlay: null, article: null, report: null, painted: null, cycles: new Map(), compareKey: null, offered: null,
    });
    state.generation += 1;
    ignoreOwnChanges();
  }

  function listen(target, type, listener) {
    target.addEventListener(type, listener, true);
    state.listeners.push([target, type, listener]);
  }

  function checkReport(report, text) {
    if (!report || typeof report !== "object" || typeof report.text !== "string") {
      throw new Error("the server's answer is not a framing report");
    }
    if (report.text !== text) {
      throw new Error("the server analysed a different text than the one sent, so its findings cannot be placed on the page");
    }
  }

  function unchanged(segments) {
    return segments.every((segment) => segment.node.isConnected && segment.node.data === segment.data);
  }

  /**
   * ``auto``: started by the extension, not the reader (a page still rendering
   * is then waited for again); ``root``: the article to analyse (by default the
   * one findArticle picks); ``notice``: why the panel shows this report, shown
   * at its top.
   */
  async function run({ auto = false, root = null, notice = null } = {}) {
    if (state.running) return; // one run at a time; the toolbar button meanwhile does nothing
    state.running = true;
    try {
      teardown();
      const generation = state.generation;
      const found = root && root.isConnected
        ? { root, multiple: articleContainers(proseParagraphs(document)).length > 1 }
        : findArticle(document);
      const article = extractArticle(found.root);
      state.lastText = article.text;
      // The article is here, or the reader asked: nothing left to wait for (a look must not undo their run).
      if (!auto || looksLikeArticle(article)) stopWatch();
      if (!article.text.trim()) {
        overlay().showError("this page holds no article text to analyse.", { retry: false });
        return;
      }
      state.article = article;
      state.metadata = articleMetadata(found);
      // One of several articles on the page, analysed before: its report again, without asking the server.
      const known = found.multiple ? reports.get(article.text) : undefined;
      if (!known) overlay().showBusy("framing: analysing this article\u2026", { announce: !auto });
      const [answer, settings] = await Promise.all([
        known ? { ok: true, value: known } : send(MSG.ANALYZE, { text: article.text, ...state.metadata, auto }),
        send(MSG.GET_SETTINGS),
      ]);
      if (generation !== state.generation) return; // the reader dismissed it meanwhile
      state.settings = settings.ok ? settings.value : null;
      if (!answer.ok) {
        const { error } = answer;
        if (auto && error.quiet) {
          teardown(); // said on a page lately: the toolbar button's "!" says it here
          return;
        }
        const repeat = auto && error.quietMinutes
          ? ` (An automatic run says this once in ${error.quietMinutes} minutes; meanwhile the toolbar button shows \u201c!\u201d `
            + "on pages it could not analyse. The automatic run can be turned off in the options.)"
          : "";
        overlay().showError(`${error.message}${repeat}`, { settings: SETTINGS_ERRORS.has(error.kind) });
        return;
      }
      const report = answer.value;
      checkReport(report, article.text);
      if (!unchanged(article.segments)) {
        if (auto && state.retries < 2) {
          // A page still rendering (hydration, a late re-render) replaced the text: wait for it to settle.
          state.retries += 1;
          teardown();
          state.lastText = null;
          startWatch({ autoRun: true, soon: true });
          return;
        }
        overlay().showError("the page changed while it was being analysed; try again.");
        return;
      }
      remember(article.text, report);
      state.report = report;
      state.auto = auto;
      startGuard(article.root); // before painting: a change the page makes while the marks go in is seen
      state.painted = paintArticle(article, annotationsOf(report));
      ignoreOwnChanges();
      listen(document, "mouseover", onHover);
      listen(document, "mouseout", onLeave);
      listen(window, "scroll", () => {
        if (state.overlay) state.overlay.placeTooltip();
        scheduleFollow();
      });
      listen(document, "keydown", (event) => {
        if (event.key === "Escape" && state.overlay) state.overlay.hideTooltip();
      });
      let resized = null;
      listen(window, "resize", () => {
        clearTimeout(resized);
        resized = setTimeout(() => state.overlay && state.overlay.refitRoom(), 150);
      });
      const pins = await send(MSG.LIST_PINS);
      if (generation !== state.generation) return;
      const pinList = pins.ok ? pins.value : [];
      overlay().showReport(report, {
        apiBase: state.settings ? state.settings.apiBase : "?",
        pinned: pinList.some((pin) => pin.id === report.id),
      });
      if (notice) state.overlay.setNotice(notice);
      if (!auto) state.overlay.focusPanel(); // the reader asked (toolbar button, shortcut): keyboard focus follows
      await refreshComparison(pinList);
    } catch (error) {
      if (state.painted) unpaint(state.painted.marks, state.painted.initials);
      state.painted = null;
      state.report = null;
      stopGuard();
      overlay().showError(error.message || String(error));
    } finally {
      state.running = false;
      if (watch.observer) schedule(); // a look skipped during the run (the address changed meanwhile)
      if (state.report) scheduleFollow(); // the reader may have scrolled on to another article meanwhile
    }
  }

  /** Errors the extension's options can fix: the server's address, its time limit. */
  const SETTINGS_ERRORS = new Set(["unreachable", "timeout", "settings"]);

  function markAnnotations(target) {
    const annotations = [];
    if (!state.painted || !(target instanceof Element)) return annotations;
    for (let el = target.closest(MARK_TAG); el; el = el.parentElement && el.parentElement.closest(MARK_TAG)) {
      const annotation = state.painted.annotationOf.get(el);
      if (annotation) annotations.push(annotation);
    }
    return annotations.sort((a, b) => a.rank - b.rank);
  }

  function onHover(event) {
    const annotations = markAnnotations(event.target);
    if (!annotations.length || !state.overlay) return;
    const lines = tooltipLines(annotations);
    if (lines.length) state.overlay.showTooltip(event.target.closest(MARK_TAG), lines);
  }

  function onLeave(event) {
    if (!state.overlay) return;
    const next = event.relatedTarget;
    if (!(next instanceof Element) || !markAnnotations(next).length) state.overlay.hideTooltip();
  }

  /** Scrolls to the next of ``spans`` (one per click) and highlights it. */
  function focusEvidence(spans, key) {
    const report = state.report;
    if (!report || !state.painted || !spans.length) return;
    const index = state.cycles.has(key) ? (state.cycles.get(key) + 1) % spans.length : 0;
    state.cycles.set(key, index);
    const [start, end] = spanUnits(report, spans[index]);
    const range = rangeFor(state.painted.segments, start, end);
    if (!range) return;
    if (CSS.highlights && typeof Highlight === "function") CSS.highlights.set(FOCUS_HIGHLIGHT, new Highlight(range));
    const anchor = range.startContainer.parentElement;
    if (anchor) anchor.scrollIntoView({ block: "nearest", inline: "nearest" });
    const rect = range.getBoundingClientRect();
    const smooth = !matchMedia("(prefers-reduced-motion: reduce)").matches;
    window.scrollTo({ top: window.scrollY + rect.top - innerHeight * 0.35, behavior: smooth ? "smooth" : "instant" });
    explainFocused(key, smooth);
  }

  /**
   * A finding reached from the panel (by a click, or by the keyboard, which cannot hover) gets the
   * tooltip its mark shows on hover, once the page has scrolled to it.
   */
  function explainFocused(key, smooth) {
    const mark = document.querySelector(`${MARK_TAG}[data-framing-ref="${CSS.escape(key)}"]`);
    const origin = state.overlay && state.overlay.root.activeElement;
    const token = ++state.focusToken;
    if (state.overlay) state.overlay.hideTooltip();
    if (!mark) return;
    const show = () => {
      if (token !== state.focusToken || !state.overlay || !mark.isConnected) return;
      const lines = tooltipLines(markAnnotations(mark));
      if (lines.length) state.overlay.showTooltip(mark, lines, { origin: origin && origin.isConnected ? origin : null });
    };
    if (!smooth) {
      show();
      return;
    }
    window.addEventListener("scrollend", show, { once: true });
    setTimeout(show, 800); // no scroll needed (no scrollend), or a browser without the event
  }

  // ---- the comparison ----

  async function refreshComparison(pinList) {
    const o = state.overlay;
    if (!o || !state.report) return;
    const key = pinList.map((pin) => pin.id).join(" ");
    if (key === state.compareKey) return; // already shown (or on its way)
    state.compareKey = key;
    const pinned = pinList.some((pin) => pin.id === state.report.id);
    if (pinList.length < 2) {
      o.renderCompare({ pins: pinList, comparison: null, pinned });
      return;
    }
    o.renderCompare({ pins: pinList, comparison: null, pinned, busy: true });
    const answer = await send(MSG.COMPARE_PINNED);
    if (state.overlay !== o || !state.report) return; // closed meanwhile
    if (answer.ok) {
      const { pins, comparison } = answer.value;
      o.renderCompare({ pins, comparison, pinned: pins.some((pin) => pin.id === state.report.id) });
    } else {
      state.compareKey = null;
      o.renderCompare({ pins: pinList, comparison: null, pinned, error: answer.error.message });
    }
  }

  async function pinThis() {
    const { report } = state;
    if (!report) return;
    const answer = await send(MSG.PIN, { id: report.id, text: report.text, ...(state.metadata || pageMetadata()) });
    if (answer.ok) await refreshComparison(answer.value);
    else state.overlay.renderCompare({ pins: [], comparison: null, pinned: false, error: answer.error.message });
  }

  async function unpin(id) {
    const answer = await send(MSG.UNPIN, { id });
    if (answer.ok) await refreshComparison(answer.value);
  }

  // ---------------------------------------------------------------------------
  // 8. Messages from the service worker, and the automatic run
  // ---------------------------------------------------------------------------

  const INCOMING = {
    [MSG.PING]: () => true,
    [MSG.RUN]: () => {
      if (state.report && state.overlay) {
        if (state.overlay.visible) state.overlay.collapse();
        else state.overlay.expand({ focus: true });
        return { status: "toggled" };
      }
      run();
      return { status: "started" };
    },
  };

  chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
    if (sender.id !== chrome.runtime.id) return false;
    const handler = message && Object.prototype.hasOwnProperty.call(INCOMING, message.type) ? INCOMING[message.type] : null;
    sendResponse(handler ? handler(message.payload || {}) : { ok: false, error: `unknown message id: ${message && message.type}` });
    return false;
  });

  // Pins made in another tab update this panel's comparison too.
  chrome.storage.onChanged.addListener((changes, area) => {
    if (area !== "local" || !changes.pins || !state.report || !state.overlay || state.running) return;
    send(MSG.LIST_PINS).then((answer) => {
      if (answer.ok) refreshComparison(answer.value);
    });
  });

  async function autoRun() {
    const settings = await send(MSG.GET_SETTINGS);
    if (!settings.ok || !settings.value.autoRun) return;
    const article = extractArticle(findArticle(document).root);
    if (looksLikeArticle(article)) {
      run({ auto: true });
    } else {
      // Maybe not an article, maybe one the page's scripts have not rendered yet: wait a while.
      state.lastText = article.text;
      startWatch({ autoRun: true });
    }
  }

  // ---------------------------------------------------------------------------
  // 9. Late pages: waiting for the article, following single-page navigation
  // ---------------------------------------------------------------------------

  const SETTLE_MS = 300; // look once the page has been quiet this long...
  const MAX_DELAY_MS = 1000; // ...or this long after its first change, if it never stops changing
  const WATCH_MS = 15000; // then stop watching: an ordinary page pays nothing afterwards

  /** The watch: a MutationObserver that exists only while an article is awaited (at most WATCH_MS). */
  const watch = { observer: null, timer: null, cap: null, since: 0, autoRun: false };

  /** The page's address as far as articles go: a #fragment is an in-page jump, unless it is a route ("#/", "#!"). */
  function pageKey() {
    const url = new URL(location.href);
    if (!/^#[!/]/.test(url.hash)) url.hash = "";
    return url.href;
  }

  /**
   * Watches the page for WATCH_MS (again from now if already watching) and
   * looks at its article whenever it settles; ``soon``: look once even if
   * nothing changes (the app may have rendered before changing the address).
   */
  function startWatch({ autoRun, soon = false }) {
    watch.autoRun = autoRun;
    if (!watch.observer) {
      watch.observer = new MutationObserver(onPageChange);
      watch.observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
    }
    clearTimeout(watch.cap);
    watch.cap = setTimeout(stopWatch, WATCH_MS);
    if (soon) schedule();
  }

  function onPageChange() {
    schedule();
  }

  function stopWatch() {
    if (watch.observer) watch.observer.disconnect();
    clearTimeout(watch.timer);
    clearTimeout(watch.cap);
    Object.assign(watch, { observer: null, timer: null, cap: null, since: 0 });
  }

  /** A node the overlay made or split: a mark, the overlay's host and what it holds, a split text node. */
  function isOwnNode(node) {
    if (node.nodeType === Node.TEXT_NODE) {
      return ownTextNodes.has(node) || Boolean(node.parentElement && node.parentElement.closest(HOST_TAG));
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return false;
    return node.localName === MARK_TAG || Boolean(node.closest(HOST_TAG));
  }

  /**
   * Whether a mutation record is the overlay's own doing: an edit of a text node it split, a change
   * inside a mark or the overlay, or nodes added and removed that are all its own (a mark put in place
   * of a text node, or taken off). Anything else is the page's, even when it came in the same tick.
   */
  function isOwnRecord(record) {
    const target = record.target;
    if (record.type === "characterData") return isOwnNode(target);
    if (target.nodeType === Node.ELEMENT_NODE && isOwnNode(target)) return true;
    for (const node of record.addedNodes) if (!isOwnNode(node)) return false;
    for (const node of record.removedNodes) if (!isOwnNode(node)) return false;
    return true;
  }

  /**
   * Our own marks and panel change the DOM too: their records are dropped so they wake nothing. The
   * page's records pending with them (a change made while the overlay painted) are kept, and handed to
   * the observer's reaction as if it had seen them itself.
   */
  function ignoreOwnChanges() {
    for (const [observer, react] of [[watch.observer, onPageChange], [guard.observer, onArticleChange]]) {
      if (!observer) continue;
      const pages = observer.takeRecords().filter((record) => !isOwnRecord(record));
      if (pages.length) react(pages);
    }
  }

  /** Debounced look: once the page is quiet, or MAX_DELAY_MS after its first change. */
  function schedule() {
    const now = Date.now();
    if (!watch.since) watch.since = now;
    clearTimeout(watch.timer);
    watch.timer = setTimeout(look, Math.max(0, Math.min(SETTLE_MS, watch.since + MAX_DELAY_MS - now)));
  }

  /**
   * Whether the page holds another article than the one last seen; if so, the
   * old report goes (its article is gone) and, with the automatic run on, the
   * new article is run as soon as it looks like one. Our own marks leave the
   * text as it was, so a report never wakes a run of its own.
   */
  function look() {
    watch.timer = null;
    watch.since = 0;
    if (state.running) return; // run() schedules a look when it ends
    const found = findArticle(document);
    const article = extractArticle(found.root);
    if (article.text === state.lastText) return;
    if (found.multiple && state.report && state.article && state.article.root.isConnected) {
      // An infinite-scroll page changed the address for the next article: the report still fits its own one.
      if (found.root !== state.article.root && found.root !== state.offered) moveTo(found.root);
      return;
    }
    state.lastText = article.text;
    if (state.overlay || state.painted) teardown();
    if (!watch.autoRun) stopWatch(); // the stale report was all there was to clear
    else if (looksLikeArticle(article)) run({ auto: true });
  }

  /**
   * Follows single-page navigation (pushState, replaceState, back/forward). A
   * content script cannot wrap the page's history functions (they live in the
   * page's world), but the Navigation API reports every change to every world;
   * without it, a changed address is noticed at the next DOM change (an app
   * that changes article changes the DOM) or at popstate.
   */
  function followNavigation() {
    let key = pageKey();
    const changed = () => {
      if (pageKey() === key) return;
      key = pageKey();
      onNavigate();
    };
    if (window.navigation && typeof window.navigation.addEventListener === "function") {
      window.navigation.addEventListener("currententrychange", changed);
    } else {
      window.addEventListener("popstate", changed);
      new MutationObserver(changed).observe(document, { childList: true, subtree: true });
    }
  }

  async function onNavigate() {
    const settings = await send(MSG.GET_SETTINGS);
    const autoRun = Boolean(settings.ok && settings.value.autoRun);
    state.retries = 0;
    state.rescores = 0;
    // Automatic run off: only a report (or a run) on the page can go stale.
    if (autoRun || state.overlay || state.running) startWatch({ autoRun, soon: true });
  }

  // ---------------------------------------------------------------------------
  // 10. After the report is drawn: a page that re-renders or rewrites its
  //     article, and infinite-scroll pages that append further articles
  // ---------------------------------------------------------------------------

  const MAX_REDRAWS = 3; // redraws of one report within REDRAW_WINDOW_MS; past that the page is fighting the marks
  const REDRAW_WINDOW_MS = 10000;
  const MAX_RESCORES = 2; // automatic runs redone because the page rewrote the article (per address)
  const FOLLOW_MS = 250; // after the reader stops scrolling, see which article they are reading

  /**
   * The guard: a MutationObserver that lives as long as a report is shown and
   * wakes only for changes inside (or removing) the report's article; the
   * marks' own changes are dropped with takeRecords, and the panel lives in a
   * shadow root, which the observer does not see.
   */
  const guard = { observer: null, root: null, timer: null, since: 0, redraws: [], gaveUp: false };
  const follow = { timer: null };

  function startGuard(root) {
    stopGuard();
    Object.assign(guard, { root, redraws: [], gaveUp: false });
    guard.observer = new MutationObserver(onArticleChange);
    guard.observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  }

  /** The guard's reaction: changes inside (or removing) the report's article are checked once they settle. */
  function onArticleChange(records) {
    const watched = guard.root;
    if (!watched) return;
    if (watched.isConnected && !records.some((record) => watched.contains(record.target))) return;
    const now = Date.now();
    if (!guard.since) guard.since = now;
    clearTimeout(guard.timer);
    guard.timer = setTimeout(checkArticle, Math.max(0, Math.min(SETTLE_MS, guard.since + MAX_DELAY_MS - now)));
  }

  function stopGuard() {
    if (guard.observer) guard.observer.disconnect();
    clearTimeout(guard.timer);
    clearTimeout(follow.timer);
    Object.assign(guard, { observer: null, root: null, timer: null, since: 0 });
  }

  /**
   * The report's article once the page has changed it and settled: intact
   * (nothing to do), the same text in new nodes (a re-render: the marks are
   * drawn again), or another text (analysed again, or the reader is told).
   */
  function checkArticle() {
    guard.timer = null;
    guard.since = 0;
    if (!state.report) return;
    if (state.running) {
      guard.timer = setTimeout(checkArticle, SETTLE_MS); // the run that drew the report is still ending
      return;
    }
    const text = state.report.text;
    const root = guard.root && guard.root.isConnected ? guard.root : findArticle(document, { text }).root;
    const article = extractArticle(root);
    const intact = Boolean(state.painted) && state.article.root === root && unchanged(state.painted.segments) &&
      state.painted.marks.every((mark) => mark.isConnected);
    if (article.text === text) {
      if (!intact) redraw(root);
      return;
    }
    if (!intact) clearMarks(); // marks on text that is gone, or no longer where the report says
    if (article.text === state.lastText) return; // this text was dealt with already
    state.lastText = article.text;
    guard.root = root;
    textChanged(article, intact);
  }


  /** Draws the report again on its article's new nodes, unless the page keeps re-rendering. */
  function redraw(root) {
    if (guard.gaveUp) return;
    const now = Date.now();
    guard.redraws = guard.redraws.filter((time) => now - time < REDRAW_WINDOW_MS);
    clearMarks();
    if (guard.redraws.length >= MAX_REDRAWS) {
      guard.gaveUp = true; // no more redraws of this report unless the reader asks
      if (state.overlay) state.overlay.setNotice("The page keeps re-drawing this article, so its highlights were taken off.", {
        kind: "stale",
        action: { label: "Highlight again", run: () => {
          Object.assign(guard, { redraws: [], gaveUp: false });
          checkArticle();
        } },
      });
      return;
    }
    guard.redraws.push(now);
    const article = extractArticle(root); // again: taking the old marks off merged text nodes
    if (article.text !== state.report.text) return;
    state.article = article;
    guard.root = root;
    state.painted = paintArticle(article, annotationsOf(state.report));
    ignoreOwnChanges();
    if (state.overlay) state.overlay.setNotice("The page re-drew the article; its highlights were drawn again.");
  }

  /** Takes the marks off (the report no longer fits the page, or is drawn again). */
  function clearMarks() {
    if (state.painted) unpaint(state.painted.marks, state.painted.initials);
    state.painted = null;
    if (CSS.highlights) CSS.highlights.delete(FOCUS_HIGHLIGHT);
    if (state.overlay) state.overlay.hideTooltip();
    ignoreOwnChanges();
  }

  /**
   * The page rewrote the report's article. An automatic report is replaced by
   * one on the new text (automatic run on, at most MAX_RESCORES times per
   * address); otherwise the panel says what happened and offers a new run.
   * ``intact``: the page only added text, so the marks still fit the words
   * they were drawn on and stay.
   */
  async function textChanged(article, intact) {
    const generation = state.generation;
    const settings = await send(MSG.GET_SETTINGS);
    if (generation !== state.generation || state.running || !state.overlay) return;
    const automatic = state.auto && settings.ok && settings.value.autoRun && looksLikeArticle(article);
    if (automatic && state.rescores < MAX_RESCORES) {
      state.rescores += 1;
      run({ auto: true, root: article.root,
        notice: "The page changed the article after it was analysed; this report is on its new text." });
      return;
    }
    const gone = article.text.length < state.report.text.length / 2;
    const what = automatic ? "The page keeps changing this article, so it is not analysed again by itself"
      : gone ? "The page removed or replaced this article after it was analysed"
        : intact ? "The page added to this article after it was analysed"
          : "The page changed this article after it was analysed";
    const message = intact ? `${what}; the report covers the text it had then.` : `${what}, so its highlights were taken off.`;
    if (state.overlay) state.overlay.setNotice(message, {
      kind: "stale",
      action: { label: "Analyse again", run: () => run({ root: article.root.isConnected ? article.root : null }) },
    });
  }

  function scheduleFollow() {
    clearTimeout(follow.timer);
    follow.timer = setTimeout(followReader, FOLLOW_MS);
  }

  /** Once the reader stops scrolling: have they moved on to another article of the page (infinite scroll)? */
  function followReader() {
    follow.timer = null;
    if (state.running || !state.report || !state.article) return;
    const own = state.article.root;
    if (!own.isConnected) return; // the guard deals with it
    if (crossesReadingLine(own)) {
      if (state.offered) {
        state.offered = null; // back in the article of the report: the offer is moot
        if (state.overlay) state.overlay.clearNotice();
      }
      return;
    }
    const found = findArticle(document);
    if (!found.multiple || found.root === own || found.root === state.offered) return;
    if (found.root.contains(own) || own.contains(found.root)) return;
    if (!crossesReadingLine(found.root)) return; // between articles (teaser cards, comments): not in another one yet
    moveTo(found.root);
  }

  /**
   * The reader is on another article of the page: with the automatic run on,
   * the panel follows (a report made before comes back without a new request);
   * with it off, the panel offers to analyse it.
   */
  async function moveTo(root) {
    const generation = state.generation;
    const settings = await send(MSG.GET_SETTINGS);
    if (generation !== state.generation || state.running || !root.isConnected) return;
    const headline = headlineOf(root);
    const named = headline ? `: \u201c${clip(headline, 70)}\u201d` : "";
    if (settings.ok && settings.value.autoRun) {
      run({ auto: true, root, notice: `The panel follows the article you are reading${named}.` });
      return;
    }
    state.offered = root;
    if (state.overlay) state.overlay.setNotice(`You are reading another article on this page${named}.`, {
      kind: "offer",
      action: { label: "Analyse it", run: () => run({ root }) },
    });
  }

  if (window.top === window) {
    followNavigation();
    autoRun();
  }
})();
