package io.parallax.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeVisitor;

/**
 * Turns a record's body into the clean text every later stage reads.
 *
 * <p>HTML is parsed with jsoup, scripts, styles and page furniture (nav, aside, footer, forms)
 * removed, and block elements become paragraph breaks. Each non-empty line is then a paragraph.
 * Lines that are not article text are dropped: headline tickers (three or more short headlines
 * joined by '|' or '•'), and short stock lines such as "Advertisement", "Share this article" or
 * "All rights reserved". A "Related News" style heading in the second half of the text cuts it
 * there, with everything after it. A first line that repeats the title is dropped, since the title
 * has its own column. Paragraphs are joined with a blank line.
 */
public final class TextCleaner {
  private static final Pattern LOOKS_LIKE_HTML =
      Pattern.compile(
          "<(p|div|br|span|a|html|body|article|section|h[1-6]|ul|ol|li|script|style|table|em|strong|b|i)\\b[^>]*>",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern HTML_ENTITY =
      Pattern.compile("&(#\\d+|#x[0-9a-fA-F]+|[a-zA-Z]{2,8});");
  private static final String PAGE_FURNITURE =
      "script, style, noscript, template, nav, aside, footer, form, iframe, button, svg, select, figure";
  private static final java.util.Set<String> BLOCK_TAGS =
      java.util.Set.of(
          "p",
          "div",
          "br",
          "li",
          "ul",
          "ol",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "blockquote",
          "tr",
          "table",
          "section",
          "article",
          "header",
          "main",
          "pre",
          "dd",
          "dt",
          "dl",
          "hr");
  private static final Pattern TICKER_SEPARATOR = Pattern.compile("\\s*[|•]\\s*");
  private static final int TICKER_MIN_SEGMENTS = 3;
  private static final int TICKER_MAX_AVERAGE_WORDS = 20;
  private static final int STOCK_LINE_MAX_WORDS = 12;
  private static final int TAIL_HEADING_MAX_WORDS = 6;

  /** Whole lines that are page furniture, not reporting. Matched against short lines only. */
  private static final List<Pattern> STOCK_LINES =
      List.of(
          Pattern.compile("(advertisements?|adverts?|ad|sponsored( content)?|paid content)"),
          // A dateline of the page, not the story's: "November 19, 2019 at 9:45 am", "18 Nov 2019,
          // 19:09".
          Pattern.compile(
              "((jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.? \\d{1,2},? \\d{4}"
                  + "|\\d{1,2} (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.? \\d{4})"
                  + ",?( at)? \\d{1,2}[:.]\\d{2}( ?[ap]\\.?m\\.?)?( [a-z]{2,4})?"),
          Pattern.compile(
              "(additional reporting (from|by) (agencies|wire services)|.{2,40} wire services)"),
          Pattern.compile("tell us what you think.*"),
          Pattern.compile(
              "(story )?continues? (reading )?below( (this|the) )?( ?(advertisement|ad))?"),
          Pattern.compile("continue reading( the (main )?story)?( below)?"),
          Pattern.compile(
              "(share|tweet|email|print|save)( (this|the))?( article| story| page)?( on \\w+)?"),
          Pattern.compile("(follow|like|join) us on .*"),
          Pattern.compile(
              "(sign up|subscribe|register)\\b.*\\b(newsletter|updates|alerts|free)\\b.*"),
          Pattern.compile(
              "(copyright ?(©|\\(c\\))?|©|\\(c\\)) ?\\d{4}\\b.*|(©|copyright ©|copyright \\(c\\)).*"),
          Pattern.compile(".*\\ball rights reserved"),
          Pattern.compile("click here to .*"),
          Pattern.compile("(photo|image|video|credit)s?: .*"),
          Pattern.compile("image (copyright|caption)\\b.*"),
          Pattern.compile("(media|video) caption\\b.*"),
          Pattern.compile("(slideshow|gallery|photos?) \\(\\d+ (images?|photos?)\\)"),
          Pattern.compile("(click|tap) to (share|email|print|open)\\b.*"),
          Pattern.compile(".*\\(opens in (a )?new window\\)"),
          Pattern.compile("(keep up with|get) (this|the latest) story\\b.*"),
          Pattern.compile("(read|see|watch) (also|more|next)(:.*)?"),
          Pattern.compile(
              ".{0,80}\\b(contributed|contributed reporting) to this (report|story|article)"),
          Pattern.compile(
              "(reporting|writing|editing|additional reporting) by (\\p{L}[\\p{L}.'-]* ){0,3}\\p{L}[\\p{L}.'-]*((;|,| and) .*)?"),
          Pattern.compile(
              "related (stories|articles|coverage|topics|links|posts?|story|article|reading)\\b.*"),
          // A credit line under the story: "Sources: Automotive News, Reuters".
          Pattern.compile("sources?: .{3,200}"),
          Pattern.compile("this material may not be published\\b.*"),
          Pattern.compile("write to .{2,60} at \\S+@\\S+"),
          Pattern.compile("follow .{2,60} on (twitter|facebook|instagram)\\b.*"),
          Pattern.compile("contributing: .*"),
          Pattern.compile("like this article\\?.*"),
          Pattern.compile("this is a (breaking|developing) (news )?story.*"),
          Pattern.compile("text size|get short url|skip ad|ad loading|comments?|show comments"),
          Pattern.compile("(image|photo|picture) credits?: .*"),
          Pattern.compile(
              "(updated|published|posted|last updated)( on)?:? .{0,40}?(\\d{1,2}:\\d{2}|\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.? \\d{1,2}\\b).{0,50}"),
          Pattern.compile("more articles from .*"),
          // An orphaned byline word, a site's publication stamp, a wire credit, a results link.
          Pattern.compile("by"),
          Pattern.compile("\\(?this (article|story) was (first )?published on [^()]{5,40}\\)?"),
          Pattern.compile(".{2,80} contributed (additional )?reporting( from .{2,60})?"),
          Pattern.compile("click for (full|more|all) .{2,60}"));

  /** A line that is only an address: the page's own URL printed above the story. */
  private static final Pattern URL_LINE = Pattern.compile("(?i)(https?://|www\\.)\\S+");

  /**
   * A photo caption that ends in its agency credit on a line of its own ("... REUTERS/Jane Roe").
   */
  private static final Pattern CREDITED_CAPTION =
      Pattern.compile(
          ".{10,300}\\b(?:REUTERS|AP Photo|AFP|EPA|Getty Images)/\\p{Lu}[\\p{L}.'-]*(?: \\p{Lu}[\\p{L}.'-]*){0,3}"
              + "(?:/\\p{Lu}[\\p{L}.'-]*(?: \\p{Lu}[\\p{L}.'-]*){0,3})*");

  /** A short promo line ending in a short link ("Trump's visit to Asia: tmsnrt.rs/2znSb0v"). */
  private static final Pattern SHORT_LINK_LINE =
      Pattern.compile(".{0,80}:\\s*(?:https?://)?[\\w-]+\\.[a-z]{2,4}/\\w{4,12}");

  /** A "More: headline" link line (longer than a stock line, still a link). */
  private static final Pattern MORE_LINK = Pattern.compile("(?i)more: .{5,160}");

  /** A video's title with its duration glued on ("... takeover of government0:35"). */
  private static final Pattern VIDEO_TITLE = Pattern.compile(".*\\p{L}\\d{1,2}:\\d{2}");

  /** Agencies whose credit heads each picture of a gallery. */
  private static final String GALLERY_CREDITS =
      "(?:Getty Images|Getty|Associated Press|Reuters|AFP|EPA|AP|PA|Rex Features|Shutterstock|Alamy)";

  /**
   * Lines that promote the outlet or its writers rather than report, up to {@link
   * #PROMO_LINE_MAX_WORDS} words: social handles, contact addresses, newsletter pleas, "Related:"
   * links. Matched lower-case, without edge punctuation.
   */
  private static final List<Pattern> PROMO_LINES =
      List.of(
          Pattern.compile("follow @\\w+\\b.*"),
          Pattern.compile("follow (us|him|her|me|them) (on|at) .*"),
          Pattern.compile("(e-?mail|contact|reach) .{2,60} at \\S+@\\S+.*"),
          Pattern.compile(
              "(you can also )?(subscribe|sign up) (to|for) .{0,80}\\b(newsletters?|channel|podcast)\\b.*"),
          Pattern.compile("(read more on|get) .{1,60} by clicking here"),
          Pattern.compile("\\[?related: .{3,200}"),
          Pattern.compile("(read|see|watch) (also|more|next): .{3,200}"),
          Pattern.compile("subscribe( now| today)?|sign up( now| today)?"),
          Pattern.compile("(main |top |header |lead )?(image|photo|picture) credits?: .*"),
          Pattern.compile("further reading\\b.{3,200}"),
          Pattern.compile("listen to .{2,40} live at .*|.*\\bor listen back here"),
          Pattern.compile("let our news meet your inbox\\b.*"),
          // An opinion page's disclaimer: "The views and opinions expressed in the article do not
          // necessarily reflect those of ...".
          Pattern.compile(
              "the views (and opinions )?expressed (in|by) (this|the) (article|column|piece|author|writer)"
                  + ".{0,40} (do not|don't|are not|aren't) necessarily .*"));

  private static final int PROMO_LINE_MAX_WORDS = 30;

  /**
   * A gallery inlined mid-story: "Tram crash 8 show all Tram crash 1/8 caption credit 2/8 ... 8/8",
   * from its title (one sentence's worth) to the last counter, and the last caption when an
   * agency's credit ends it; after a photographer's name, where the caption ends and the story
   * resumes cannot be told. A match is cut only when {@link #countersInOrder} finds every counter
   * 1/N to N/N in it, in order and a caption's length apart: that makes it safe to cut even when
   * the gallery is most of the line (the guard {@link #MAX_INLINE_SHARE_FROM} keeps looser rules
   * from that), where "camera 7 show all four men ... on 7/7" is reporting.
   */
  private static final Pattern COUNTED_GALLERY =
      Pattern.compile(
          "(?<=^|[.!?\"”’)]\\s)(?:[^.!?\\n]{0,80}? )?(\\d{1,2}) show all\\b.{0,4000}?\\b\\1/\\1\\s+"
              + "(?:[^.!?\"“\\n]{0,200}? "
              + GALLERY_CREDITS
              + "\\s+(?=[\\p{Lu}\"“‘]))?");

  /** The most characters between two counters of a gallery: one caption and its credit. */
  private static final int GALLERY_CAPTION_MAX_CHARS = 400;

  /**
   * Whether {@code gallery} (a {@link #COUNTED_GALLERY} match of N pictures) holds the counters
   * 1/N, 2/N ... N/N in order, each within a caption's length of the one before.
   */
  static boolean countersInOrder(String gallery, int pictures) {
    int from = gallery.indexOf(" show all");
    for (int k = 1; k <= pictures; k++) {
      Matcher counter =
          Pattern.compile("(?<![\\d/])" + k + "/" + pictures + "(?![\\d/])").matcher(gallery);
      if (from < 0 || !counter.find(from) || counter.start() - from > GALLERY_CAPTION_MAX_CHARS) {
        return false;
      }
      from = counter.end();
    }
    return pictures >= 2;
  }

  /**
   * Boilerplate inside a line, where crawls that flatten a page into one paragraph leave it: player
   * controls, share strips, inline related-story links ("... Read more"), photo captions that end
   * in a credit, wire notes and galleries. Each is cut out of the line; the rest of the line stays.
   */
  private static final List<Pattern> INLINE =
      List.of(
          Pattern.compile("(?i)Skip Ad\\s+Ad Loading\\.{0,3}\\s*x Embed\\s+x Share\\s*"),
          Pattern.compile("(?i)Read or Share this story:\\s*\\S+\\s*"),
          Pattern.compile(
              "(?i)(?:Click to (?:share on|email|print)[\\w+ ]{0,40}\\(Opens in new window\\)\\s*)+"),
          Pattern.compile(
              "(?i)(?:\\d{1,2}:\\d{2} \\d{1,2}\\.\\d{1,2}\\.\\d{4}\\s*)?Get short URL\\s*"),
          Pattern.compile("(?<=^|[.!?\"”’)]\\s)[^.!?\\n]{10,200}? Read more(?=\\s|$)\\s*"),
          Pattern.compile(
              "(?<=^|[.!?\"”’)]\\s)[^.!?()\\n]{3,300}?\\((?:Photo: [^()]{2,120}|[^()]{0,80}\\b(?:Getty"
                  + " Images|Getty|Associated Press|Reuters|AFP|EPA|Pressphoto Agency|Shutterstock|AP|PA"
                  + " Wire)\\b[^()]{0,40}|(?:\\p{Lu}[\\p{L}'-]* ){0,3}(?:Facebook|Twitter|Instagram|YouTube|PA|BBC|ITN|Police"
                  + "|Rex|Alamy|Reuters|REUTERS|Getty|GETTY|AFP|EPA|AP|Handout|Supplied|Pool)(?:/\\p{Lu}[\\p{L}'-]*)?"
                  + "|\\p{Lu}[\\p{L}'-]+(?:[ ,]+\\p{Lu}[\\p{L}'-]+){1,8} ?/ ?(?:The"
                  + " )?\\p{Lu}[\\p{L}'-]+(?: \\p{Lu}[\\p{L}'-]+){0,3})\\)(?=\\s+[\\p{Lu}\"“‘]|\\s*$)\\s*"),
          Pattern.compile(
              "FILE PHOTO: .{0,400}?\\bREUTERS/\\p{Lu}[\\p{L}.'-]*(?: \\p{Lu}[\\p{L}.'-]*)?(?:/Pool)?(?:/File"
                  + " Photo)?\\s*"),
          Pattern.compile(
              "(?i)\\((?:This (?:version of the )?story[^()]{0,160}|(?:Additional )?Reporting by[^()]{0,160}|Editing by[^()]{0,160})\\)\\s*"),
          Pattern.compile("^CLOSE\\s.{0,600}?\\b(?:Buzz60|USA TODAY|Wochit|Storyful|Veuer)\\s*"),
          // A gallery with no counters left at the end of a page.
          Pattern.compile("(?i)\\b[\\p{L} ]{0,40}\\bin pictures \\d+ show all\\b.{0,3000}$"),
          // A labelled caption with its credit between two sentences: "Scene: the tram on its
          // side by the track (BBC/ITN)", "Carnage: crews at the site (Jane Roe/PA )", "Rain:
          // downpours through the night (Jane Roe)". The credit is a name/agency pair, an
          // agency, or a person's name of two or three words; "(FBI)" or "(Labour)" is reporting.
          Pattern.compile(
              "(?<=^|[.!?\"”’)]\\s)\\p{Lu}\\p{Ll}{2,15}: [^.!?()\\n:]{10,200}? \\((?:"
                  + "\\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){0,2} ?/ ?\\p{Lu}[\\p{L}.'’-]*(?:"
                  + " \\p{Lu}[\\p{L}.'’-]*){0,2}|"
                  + GALLERY_CREDITS
                  + "|BBC|ITN|Rex|Handout|\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+){1,2}"
                  + ") ?\\)(?=\\s+[\\p{Lu}\"“‘]|\\s*$)\\s*"),
          // A page that opens with a photo's caption and its credit: all of it (up to 300
          // characters and one sentence, "Nov. 9, 2016." included: the lead picture's caption comes
          // before the story; two sentences before a credit are the story's).
          Pattern.compile(
              "^(?:Photo\\s+)?(?:(?![.!?][\"”’)]?\\s+\\p{Lu})[^()\\n]){3,300}?(?:\\([^()]{2,80}\\bvia AP\\)\\s*)?"
                  + "\\((?:Photos?: [^()]{2,120}"
                  + "|AP Photo/[^()]{2,80})\\)\\s*(?=[\\p{Lu}\"“‘]|$)"),
          Pattern.compile("(?i)\\((?:Photo|Image|Picture|Credit)s?: [^()]{2,80}\\)\\s*"),
          // NYT's "Photo" marker left where the picture was, before the dateline.
          Pattern.compile(
              "^Photo\\s+(?=\\p{Lu}{3,}[\\p{Lu} ,.]*\\s(?:\\(\\p{Lu}+\\) )?(?:--|—|–))"),
          Pattern.compile(
              "(?i)Copyright \\d{4} The Associated Press\\. All rights reserved\\.(?: This material may not"
                  + " be published, broadcast, rewritten,? or redistributed\\.)?\\s*"),
          Pattern.compile(
              "(?i)Get (?:\\p{L}+ ){0,3}updates directly to your inbox.{0,160}?Invalid Email\\s*"),
          Pattern.compile("(?i)\\bAdvertisement\\s+Continue reading the main story\\s*"),
          // A newsletter sign-up form, with the newsletter's blurb before it.
          Pattern.compile(
              "(?:(?<=^|[.!?\"”’]\\s)[^.!?]{0,200}?\\bto your inbox\\b[^.!?]{0,120}[.!?]\\s*)?"
                  + "Please verify you(?:'|’)re not a robot.{0,600}?View all [\\p{L}'’ ]{0,40}newsletters\\.\\s*"),
          Pattern.compile("\\s*\\bClick To Tweet\\b"),
          // A tip box: "Is there something you think we should know about X? Email the writer at
          // ... Signal: ...".
          Pattern.compile(
              "(?:(?<=^|[.!?\"”’]\\s)(?:Is there something you think we should know|Have a"
                  + " (?:story|tip) we should know)[^?\\n]{0,80}\\?\\s*)?Email the writer at"
                  + " \\S+@[\\w.-]+\\w\\.?(?:\\s*Signal: [\\d -]{7,20}\\.?)?\\s*"),
          // A wire or staff credit at the end of the story: "Contributing: Jane Roe".
          Pattern.compile(
              "(?<=[.!?\"”’]\\s)Contributing: \\p{Lu}[\\p{L}.'’-]+(?: \\p{Lu}[\\p{L}.'’-]+){0,3}"
                  + "(?:(?:,| and|, and) \\p{Lu}[\\p{L}.'’-]+(?: \\p{Lu}[\\p{L}.'’-]+){0,3})*\\.?\\s*$"),
          // "Follow Jane Roe on Twitter: @janeroe" after the story's last sentence.
          Pattern.compile(
              "(?<=[.!?\"”’]\\s)Follow \\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){0,3} on"
                  + " (?:Twitter|Facebook|Instagram)(?::? @\\w+)?\\.?(?=\\s|$)\\s*"),
          // Photo viewers: credits with "Buy Photo", counters, player controls.
          Pattern.compile(
              "(?:\\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){0,3}/[\\p{L}.' ]{1,30}?\\s+)?Buy Photo\\b\\s*"),
          Pattern.compile(
              "(?i)Full Screen Autoplay Close Skip Ad\\s*(?:×|x)?\\s*.{0,120}?View Photos\\s*"),
          Pattern.compile("(?i)Wait \\d+ seconds? to continue\\.?\\s*"),
          // A credit in parentheses on its own after a caption's full stop: "(Jane Roe/The Post)".
          Pattern.compile(
              "(?<=[.!?\"”’]\\s)\\((?:\\p{Lu}[\\p{L}.'’-]+(?:[ ,]+\\p{Lu}[\\p{L}.'’-]+){0,8}) ?/ ?"
                  + "(?:The )?\\p{Lu}[\\p{L}'’-]+(?: \\p{Lu}[\\p{L}'’-]+){0,3}\\)\\s*"),
          Pattern.compile(
              "(?<=^|[.!?\"”’]\\s)Follow (?:us|him|her|me|them) (?:on|at) (?:Twitter|Facebook|Instagram)"
                  + "[^.!?]{0,80}[.!?]\\s*"),
          // A gallery's credit and counter ("Getty Images 4/29", "Play slideshow Reuters 1 of 11").
          Pattern.compile(
              "(?:Play slideshow\\s+)?(?:\\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){0,3}/)?"
                  + GALLERY_CREDITS
                  + "(?: for \\p{Lu}\\p{L}+)? \\d{1,3}(?:/\\d{1,3}| of \\d{1,3})(?=\\s|$)\\s*"),
          // A gallery's credit and picture count before the next caption ("Getty Images 22 Rail
          // workers ...").
          Pattern.compile(
              "(?<=^|\\s)(?:AP:|PA:)?(?:Getty Images|Getty|Associated Press|Press Association|Reuters"
                  + "|AFP|EPA|Rex Features|Alamy)"
                  + " \\d{1,3}(?= \\p{Lu})\\s*"),
          // A viewer's bare counter ("1 of 26") before a caption, after the galleries' own.
          Pattern.compile("(?<=^|\\s)\\d{1,3} of \\d{1,3}(?=\\s+\\p{Lu}|\\s*$)\\s*"));

  /**
   * BBC-style caption markers inside a long flattened line. Where the caption ends cannot be told
   * (it has no full stop, and the story's next sentence follows), so only the markers and the
   * credit between them go; cutting to the next full stop would take the story's lead with it.
   */
  private static final Pattern CAPTION_MARKERS =
      Pattern.compile(
          "(?i)(?:Image copyright\\s+.{1,60}?\\s+)?Image caption\\s+|(?:Media|Video) caption\\s+"
              + "|Image copyright\\s+(?:(?-i:Getty Images|Getty|AFP|AP|Reuters|EPA|PA|BBC"
              + "|European Press Agency|Press Association)\\s+)?");

  /**
   * A photo caption or related-story headline that a crawl glued to the next sentence without its
   * full stop ("... heads down the pit lane The Williams driver ..."): from the end of the last
   * sentence to a lower-case word or number followed directly by a sentence opener ("The", "He",
   * "A" ...) and a lower-case word. Mid-sentence these openers are never capitalised, so the words
   * before them are not a sentence of the story. Double quotes, '@' and '#' stop it (a quoted tweet
   * is the story's), as do "grade A"-style labels. Cut repeatedly: captions come in runs.
   */
  private static final Pattern UNPUNCTUATED_CAPTION =
      Pattern.compile(
          "(?<=^|[.!?][\"”’)]?\\s)[^.!?\\n\"“”@#]{15,300}?[\\p{Ll}\\d)]"
              + "(?<!\\b(?:grade|type|plan|vitamin|hepatitis|category|class|section|part|group|series"
              + "|exhibit|appendix|list|tier|model|division|level|option|page|box|row|gate|terminal"
              + "|platform|wing|block|size|day|shot|side))"
              + "(?= (?:The|A|An|He|She|It|They|His|Her|Its|Their|This|These|Those|We) \\p{Ll})\\s*");

  private static final int UNPUNCTUATED_CAPTION_MAX_RUN = 20;

  /** A caption line of its own (up to 30 words): the whole line goes. */
  private static final Pattern CAPTION_LINE =
      Pattern.compile("(?i)(?:image copyright|image caption|media caption|video caption)\\b.*");

  private static final int CAPTION_LINE_MAX_WORDS = 30;

  /**
   * A line longer than this never loses more than half of itself to one inline rule, a counted
   * gallery aside.
   */
  private static final int MAX_INLINE_SHARE_FROM = 400;

  /** Rule name for the cuts {@link #INLINE} makes. */
  public static final String RULE_INLINE = "inline_boilerplate";

  /** Rule name for the cuts {@link #UNPUNCTUATED_CAPTION} makes. */
  public static final String RULE_UNPUNCTUATED_CAPTION = "unpunctuated_caption";

  /**
   * A photo credit on its own line: agencies and "via" credits, as captions under images give them.
   */
  private static final Pattern IMAGE_CREDIT =
      Pattern.compile(
          "(?:[\\p{L}.'’ -]{1,60}/)*(?:[\\p{L}.'’ -]{0,60}\\bvia )?"
              + "(?:getty(?: images)?|ap(?: photo)?|(?:the )?associated press|afp|reuters|epa(?:-efe)?"
              + "|shutterstock|alamy|pa(?: wire| media)?"
              + "|rex(?:/shutterstock)?|bloomberg|xinhua"
              + "|(?-i:\\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){0,5} (?:Agency|Service)))"
              + "(?:/[\\p{L}.'’ -]{1,60})*(?: images)?",
          Pattern.CASE_INSENSITIVE);

  /**
   * Long notices that stand as a line of their own: copyright, wire terms of use ("This material
   * may not be published, broadcast, rewritten or redistributed").
   */
  private static final Pattern LONG_NOTICE =
      Pattern.compile(
          "(copyright|©|\\(c\\)) ?\\d{4}\\b.*(all rights reserved|may not be (published|reproduced)).*",
          Pattern.CASE_INSENSITIVE);

  /** An affiliate disclosure ("... may receive a commission on orders placed through ..."). */
  private static final Pattern AFFILIATE_NOTICE =
      Pattern.compile(
          ".*\\b(may|might|could) (receive|earn|get) (a )?(small )?(commission|share of sales)\\b.*",
          Pattern.CASE_INSENSITIVE);

  /** A photo credit glued to the end of a word ("Donald TrumpGETTY"), as crawls join captions. */
  private static final Pattern GLUED_CREDIT =
      Pattern.compile("(?<=\\p{Ll})(?:GETTY(?: IMAGES)?|Getty Images|REUTERS|AFP|EPA)\\b");

  /** Headings that start the page's tail of links to other stories. */
  private static final Pattern TAIL_HEADING =
      Pattern.compile(
          "(related|more) (news|articles|stories|posts|content|coverage|on this( story| topic)?)"
              + "|more from .*|recommended( for you| stories| reading)?|you (may|might) also like"
              + "|read next|also read|see also|popular now|most (read|popular|viewed)|trending( now)?"
              + "|latest (news|stories)|top stories|in other news|more great .{1,30} stories|related");

  private final List<Pattern> extraStockLines;

  /**
   * @param extraStockLines more whole-line patterns (case-insensitive) to drop, from configuration
   */
  public TextCleaner(List<Pattern> extraStockLines) {
    this.extraStockLines = List.copyOf(extraStockLines);
  }

  public TextCleaner() {
    this(List.of());
  }

  /** Names of the rules, as `run_summary.boilerplate_lines_removed` counts them. */
  public static final String RULE_TICKER = "headline_ticker";

  public static final String RULE_STOCK_LINE = "stock_line";
  public static final String RULE_IMAGE_CREDIT = "image_credit";
  public static final String RULE_CONFIGURED = "configured_pattern";
  public static final String RULE_TAIL = "related_links_tail";
  public static final String RULE_TITLE = "title_repeated";

  /** The cleaned text and how many lines each rule removed from it. */
  public record Cleaned(String text, Map<String, Integer> removedByRule) {
    public Cleaned {
      removedByRule = Map.copyOf(removedByRule);
    }
  }

  /** The cleaned text; empty when nothing of the body is left. */
  public String clean(String body, String title) {
    return cleanCounting(body, title).text();
  }

  /** The cleaned text, with the number of lines each rule removed. */
  public Cleaned cleanCounting(String body, String title) {
    String plain = LOOKS_LIKE_HTML.matcher(body).find() ? htmlToText(body) : unescapeEntities(body);
    Map<String, Integer> removed = new TreeMap<>();
    List<String> paragraphs = new ArrayList<>();
    for (String line : plain.split("\n")) {
      String paragraph = cutInline(line, removed);
      if (paragraph.isEmpty()) {
        continue;
      }
      String rule = ruleFor(paragraph);
      if (rule == null) {
        paragraphs.add(paragraph);
      } else {
        removed.merge(rule, 1, Integer::sum);
      }
    }
    int beforeTail = paragraphs.size();
    paragraphs = cutTail(paragraphs);
    if (paragraphs.size() < beforeTail) {
      removed.merge(RULE_TAIL, beforeTail - paragraphs.size(), Integer::sum);
    }
    if (!paragraphs.isEmpty() && title != null && sameWords(paragraphs.get(0), title)) {
      paragraphs.remove(0);
      removed.merge(RULE_TITLE, 1, Integer::sum);
    }
    return new Cleaned(String.join("\n\n", paragraphs), removed);
  }

  /**
   * The line without its inline boilerplate. A token longer than {@link #MAX_TOKEN_CHARS} (a URL
   * with its query, a blob, one letter repeated) is kept as it is, and the rules run on the
   * stretches of words between such tokens: no boilerplate has a word that long, and a pattern that
   * can start anywhere inside a token tries every start, so one 100,000-character word cost
   * minutes.
   */
  private static String cutInline(String line, Map<String, Integer> removed) {
    List<String> parts = new ArrayList<>(splitAroundLongTokens(line));
    for (int i = 0; i < parts.size(); i++) {
      if (!isLongToken(parts.get(i))) {
        String kept = normaliseSpace(GLUED_CREDIT.matcher(parts.get(i)).replaceAll(""));
        kept = cutGalleries(kept, removed);
        for (Pattern inline : INLINE) {
          kept = cut(inline, kept, removed, RULE_INLINE);
        }
        parts.set(i, kept);
      }
    }
    String joined = String.join(" ", parts);
    if (wordCount(joined) > CAPTION_LINE_MAX_WORDS) {
      parts.replaceAll(
          part -> isLongToken(part) ? part : cut(CAPTION_MARKERS, part, removed, RULE_INLINE));
    } else if (CAPTION_LINE.matcher(joined).matches()) {
      return normaliseSpace(joined); // a caption line of its own: ruleFor drops all of it
    }
    parts.replaceAll(part -> isLongToken(part) ? part : cutUnpunctuatedCaptions(part, removed));
    return normaliseSpace(String.join(" ", parts));
  }

  /** The stretch without its glued captions, cut until none is left (they come in runs). */
  private static String cutUnpunctuatedCaptions(String stretch, Map<String, Integer> removed) {
    String kept = stretch;
    for (int run = 0; run < UNPUNCTUATED_CAPTION_MAX_RUN; run++) {
      String shorter = cut(UNPUNCTUATED_CAPTION, kept, removed, RULE_UNPUNCTUATED_CAPTION);
      if (shorter.equals(kept)) {
        break;
      }
      kept = shorter;
    }
    return kept;
  }

  /** Longer than any word: see {@link #cutInline}. */
  static final int MAX_TOKEN_CHARS = 100;

  private static boolean isLongToken(String part) {
    return part.length() > MAX_TOKEN_CHARS && part.codePoints().noneMatch(Character::isWhitespace);
  }

  /** The line cut into stretches of ordinary words and the long tokens between them, in order. */
  static List<String> splitAroundLongTokens(String line) {
    List<String> parts = new ArrayList<>();
    int stretch = 0;
    int token = -1;
    for (int i = 0; i <= line.length(); i++) {
      boolean space = i == line.length() || Character.isWhitespace(line.charAt(i));
      if (!space && token < 0) {
        token = i;
      } else if (space && token >= 0) {
        if (i - token > MAX_TOKEN_CHARS) {
          if (token > stretch) {
            parts.add(line.substring(stretch, token));
          }
          parts.add(line.substring(token, i));
          stretch = i;
        }
        token = -1;
      }
    }
    if (stretch < line.length()) {
      parts.add(line.substring(stretch));
    }
    return parts;
  }

  /**
   * The line without what {@code pattern} matches in it, the cuts counted under {@code rule};
   * unchanged when the cuts would take most of a long line (no match of these rules is that large;
   * a counted gallery, checked counter by counter, may be: {@link #cutGalleries}).
   */
  private static String cut(
      Pattern pattern, String line, Map<String, Integer> removed, String rule) {
    return cut(pattern, line, removed, rule, match -> true, true);
  }

  /** The line without its {@link #COUNTED_GALLERY counted galleries}, however much they take. */
  private static String cutGalleries(String line, Map<String, Integer> removed) {
    return cut(
        COUNTED_GALLERY,
        line,
        removed,
        RULE_INLINE,
        match -> countersInOrder(match.group(), Integer.parseInt(match.group(1))),
        false);
  }

  /**
   * The line without the matches of {@code pattern} that {@code confirmed} accepts; with {@code
   * guarded}, unchanged when the cuts would take most of a long line.
   */
  private static String cut(
      Pattern pattern,
      String line,
      Map<String, Integer> removed,
      String rule,
      Predicate<MatchResult> confirmed,
      boolean guarded) {
    Matcher m = pattern.matcher(line);
    int cuts = 0;
    StringBuilder kept = new StringBuilder();
    while (m.find()) {
      if (confirmed.test(m)) {
        m.appendReplacement(kept, "");
        cuts++;
      }
    }
    if (cuts == 0) {
      return line;
    }
    m.appendTail(kept);
    if (guarded && line.length() > MAX_INLINE_SHARE_FROM && kept.length() * 2 < line.length()) {
      return line;
    }
    removed.merge(rule, cuts, Integer::sum);
    return normaliseSpace(kept.toString());
  }

  /** Fewest words of a line in capitals that is a headline, not a crosshead ("HOW TO MAKE JAM"). */
  private static final int CAPITALISED_HEADLINE_MIN_WORDS = 7;

  private static final int CAPITALISED_HEADLINE_MAX_WORDS = 25;

  /**
   * A line in capitals, without a full stop, of a headline's length: another story's headline
   * between paragraphs, as some sites set their related links ("SEAN SPICER ELIMINATED FROM
   * 'DANCING WITH THE STARS'"). Shorter ones are crossheads and stay.
   */
  private static boolean isCapitalisedHeadline(String paragraph) {
    int words = wordCount(paragraph);
    return words >= CAPITALISED_HEADLINE_MIN_WORDS
        && words <= CAPITALISED_HEADLINE_MAX_WORDS
        && paragraph.codePoints().noneMatch(Character::isLowerCase)
        && paragraph.codePoints().anyMatch(Character::isUpperCase)
        && !paragraph.matches(".*[.!?][\"”’)]?");
  }

  /** The rule that removes this line, or null when it is article text. */
  private String ruleFor(String paragraph) {
    if (isTicker(paragraph)) {
      return RULE_TICKER;
    }
    if (paragraph.codePoints().noneMatch(Character::isLetterOrDigit)) {
      return RULE_STOCK_LINE; // "/*", "______", "• • •"
    }
    if (wordCount(paragraph) <= 20 && MORE_LINK.matcher(paragraph).matches()) {
      return RULE_STOCK_LINE;
    }
    if (wordCount(paragraph) <= 15 && VIDEO_TITLE.matcher(paragraph).matches()) {
      return RULE_STOCK_LINE;
    }
    if (isCapitalisedHeadline(paragraph)) {
      return RULE_STOCK_LINE;
    }
    if (URL_LINE.matcher(paragraph).matches()
        || (wordCount(paragraph) <= 15 && SHORT_LINK_LINE.matcher(paragraph).matches())) {
      return RULE_STOCK_LINE;
    }
    if (CREDITED_CAPTION.matcher(paragraph).matches()
        || (wordCount(paragraph) <= CAPTION_LINE_MAX_WORDS
            && CAPTION_LINE.matcher(paragraph).matches())) {
      return RULE_IMAGE_CREDIT;
    }
    if (isImageCredit(paragraph)) {
      return RULE_IMAGE_CREDIT;
    }
    if (wordCount(paragraph) <= 60
        && (LONG_NOTICE.matcher(paragraph).matches()
            || AFFILIATE_NOTICE.matcher(paragraph).matches())) {
      return RULE_STOCK_LINE;
    }
    if (wordCount(paragraph) <= STOCK_LINE_MAX_WORDS) {
      for (Pattern pattern : extraStockLines) {
        if (pattern.matcher(paragraph).matches()) {
          return RULE_CONFIGURED;
        }
      }
    }
    return isStockLine(paragraph) || isPromoLine(paragraph) ? RULE_STOCK_LINE : null;
  }

  private static boolean isPromoLine(String line) {
    if (wordCount(line) > PROMO_LINE_MAX_WORDS) {
      return false;
    }
    String key = stripEdgePunctuation(line.toLowerCase(Locale.ROOT));
    return PROMO_LINES.stream().anyMatch(p -> p.matcher(key).matches());
  }

  static boolean isImageCredit(String line) {
    // A credit is no sentence: a line that ends in a full stop is reporting.
    return wordCount(line) <= STOCK_LINE_MAX_WORDS
        && !line.strip().endsWith(".")
        && IMAGE_CREDIT.matcher(stripEdgePunctuation(line)).matches();
  }

  static String htmlToText(String html) {
    Document document = Jsoup.parse(html);
    document.select(PAGE_FURNITURE).remove();
    StringBuilder out = new StringBuilder();
    document
        .body()
        .traverse(
            new NodeVisitor() {
              @Override
              public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                  out.append(text.getWholeText());
                } else if (node instanceof Element element && isBlock(element)) {
                  out.append('\n');
                }
              }

              @Override
              public void tail(Node node, int depth) {
                if (node instanceof Element element && isBlock(element)) {
                  out.append('\n');
                }
              }
            });
    return out.toString();
  }

  private static boolean isBlock(Element element) {
    return BLOCK_TAGS.contains(element.normalName());
  }

  private static String unescapeEntities(String text) {
    return HTML_ENTITY.matcher(text).find() ? Parser.unescapeEntities(text, false) : text;
  }

  /**
   * Folds every kind of space (no-break, thin, tabs) to one plain space and drops invisible format
   * characters (zero-width, soft hyphen, direction overrides) and control characters (NUL, BEL,
   * ESC: feed debris that breaks CSV exports).
   */
  static String normaliseSpace(String line) {
    StringBuilder out = new StringBuilder(line.length());
    boolean pendingSpace = false;
    for (int i = 0; i < line.length(); i += Character.charCount(line.codePointAt(i))) {
      int c = line.codePointAt(i);
      if (Character.getType(c) == Character.FORMAT || isInvisibleFiller(c)) {
        // Zero-width spaces and joiners, soft hyphens, byte-order marks, the direction overrides
        // and isolates that can make a name read as another (U+202E), tag characters (U+E0041)
        // and fillers that draw nothing.
        continue;
      }
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        pendingSpace = out.length() > 0;
        continue;
      }
      if (Character.getType(c) == Character.CONTROL) {
        continue;
      }
      if (pendingSpace) {
        out.append(' ');
        pendingSpace = false;
      }
      out.appendCodePoint(c);
    }
    return out.toString();
  }

  /**
   * Whether the text draws anything: a letter, digit, symbol or punctuation mark that is not a
   * combining mark, variation selector or filler on its own (a name of U+034F or U+FE0F looks
   * empty).
   */
  static boolean isVisible(String text) {
    return text.codePoints()
        .anyMatch(
            c -> {
              int type = Character.getType(c);
              return !Character.isWhitespace(c)
                  && type != Character.NON_SPACING_MARK
                  && type != Character.ENCLOSING_MARK
                  && type != Character.FORMAT
                  && type != Character.CONTROL
                  && !isInvisibleFiller(c);
            });
  }

  /**
   * Letters and symbols that draw nothing: the Hangul fillers (U+115F, U+1160, U+3164, U+FFA0), the
   * blank Braille pattern (U+2800) and the null notehead (U+1D159). A name made of them looks
   * empty.
   */
  private static boolean isInvisibleFiller(int c) {
    return c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0 || c == 0x2800 || c == 0x1D159;
  }

  static boolean isTicker(String line) {
    String[] segments = TICKER_SEPARATOR.split(line);
    int nonEmpty = 0;
    int words = 0;
    for (String segment : segments) {
      if (!segment.isBlank()) {
        nonEmpty++;
        words += wordCount(segment);
      }
    }
    return nonEmpty >= TICKER_MIN_SEGMENTS && words <= TICKER_MAX_AVERAGE_WORDS * nonEmpty;
  }

  private boolean isStockLine(String line) {
    if (wordCount(line) > STOCK_LINE_MAX_WORDS) {
      return false;
    }
    String key = stripEdgePunctuation(line.toLowerCase(Locale.ROOT));
    for (Pattern pattern : STOCK_LINES) {
      if (pattern.matcher(key).matches()) {
        return true;
      }
    }
    // "Advertisement Continue reading the main story": two stock phrases run into one line.
    String[] halves = key.split("(?<=advertisement) ", 2);
    return halves.length == 2
        && STOCK_LINES.get(0).matcher(halves[0]).matches()
        && STOCK_LINES.stream().anyMatch(p -> p.matcher(halves[1]).matches());
  }

  /**
   * Cuts at a tail heading found in the second half of the text; an earlier one only loses its own
   * line.
   */
  private static List<String> cutTail(List<String> paragraphs) {
    int total = paragraphs.stream().mapToInt(String::length).sum();
    int seen = 0;
    List<String> kept = new ArrayList<>();
    for (String paragraph : paragraphs) {
      if (isTailHeading(paragraph)) {
        if (seen * 2 >= total) {
          break;
        }
      } else {
        kept.add(paragraph);
      }
      seen += paragraph.length();
    }
    return kept;
  }

  static boolean isTailHeading(String line) {
    return wordCount(line) <= TAIL_HEADING_MAX_WORDS
        && TAIL_HEADING.matcher(stripEdgePunctuation(line.toLowerCase(Locale.ROOT))).matches();
  }

  private static boolean sameWords(String a, String b) {
    return wordKey(a).equals(wordKey(b)) && !wordKey(a).isEmpty();
  }

  private static String wordKey(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  private static String stripEdgePunctuation(String text) {
    return text.replaceAll("^[\\s•·*>\\-–—]+|[\\s.:;!?,…\\-–—>»]+$", "");
  }

  /** Words are runs of letters or digits; "U.S." counts as two, "don't" as two. */
  public static int wordCount(String text) {
    int count = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); ) {
      int codePoint = text.codePointAt(i);
      boolean wordChar = Character.isLetterOrDigit(codePoint);
      if (wordChar && !inWord) {
        count++;
      }
      inWord = wordChar;
      i += Character.charCount(codePoint);
    }
    return count;
  }
}
