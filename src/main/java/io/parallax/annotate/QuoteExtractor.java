package io.parallax.annotate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds an article's quotations and who said them, by rules over tagged tokens: no parser and no
 * coreference model, which cost 4-8x the whole stage (see the measurements).
 *
 * <p>Direct quotations come from quote marks ({@link QuoteMarks}). Each takes the reporting verb
 * ("cue") nearest to it outside quote marks in the sentences it touches, or, with none, the speaker
 * of the quotation just before it (a quote running on over sentences); quotations of one or two
 * words with no cue are scare quotes and are dropped. Indirect speech is the clause a reporting
 * verb introduces ("Ryabkov said he found signals ... disappointing"), or the one before a closing
 * "X said" / "said X", or the one "according to X" leads or follows.
 *
 * <p>The speaker is the cue's subject: the noun phrase just before it (past adverbs, auxiliaries,
 * dates and appositives), the one just after it when the cue follows the quotation ("said
 * Ryabkov"), the subject of the first verb when the cue is coordinated or a participle ("met ...
 * and told", "commented, saying"), or X in "quoted X as saying" and "according to X". A name
 * resolves to its canonical actor; "he"/"she" to the person last named before it outside
 * quotations; a definite description ("The Russian diplomat", "The U.S. Secretary of State") to the
 * last person whose role words hold its head noun, else, for a person noun, the last person named.
 */
public final class QuoteExtractor {
  /** Lemmas of verbs that report speech or a stated belief. */
  private static final Set<String> CUES =
      Set.of(
          "say",
          "tell",
          "add",
          "state",
          "assert",
          "note",
          "explain",
          "argue",
          "claim",
          "warn",
          "announce",
          "write",
          "insist",
          "stress",
          "emphasize",
          "emphasise",
          "acknowledge",
          "admit",
          "report",
          "suggest",
          "confirm",
          "deny",
          "predict",
          "promise",
          "vow",
          "reveal",
          "declare",
          "mention",
          "comment",
          "reply",
          "respond",
          "answer",
          "tweet",
          "allege",
          "contend",
          "maintain",
          "concede",
          "complain",
          "urge",
          "recall",
          "observe",
          "believe",
          "think",
          "testify",
          "counter",
          "caution",
          "boast",
          "charge",
          "proclaim",
          "remark",
          "reiterate",
          "quip",
          "joke",
          "lament",
          "scoff",
          "shout",
          "exclaim",
          "agree",
          "indicate",
          "accuse",
          "estimate",
          "conclude",
          "hint",
          "signal",
          "assure",
          "inform",
          "remind",
          "post",
          "recount");

  /**
   * Lemmas that report a finding or a state of mind only when a that-clause follows ("a poll shows
   * that ...", "The Post has learned that ...").
   */
  private static final Set<String> THAT_CUES =
      Set.of(
          "show",
          "find",
          "learn",
          "know",
          "hope",
          "expect",
          "fear",
          "feel",
          "decide",
          "conclude",
          "reveal",
          "realize",
          "understand",
          "worry",
          "doubt",
          "assume",
          "guess",
          "imagine",
          "recognize",
          "hear",
          "see",
          "insist",
          "pledge",
          "vow",
          "demand",
          "acknowledge",
          "agree",
          "determine",
          "rule",
          "suspect",
          "figure",
          "forecast",
          "project",
          "anticipate",
          "recall");

  /** Cues followed by the person told before the clause: "told reporters that ...". */
  private static final Set<String> OBJECT_CUES =
      Set.of("tell", "inform", "assure", "warn", "remind", "urge", "ask", "promise");

  /** Head nouns of a description that names one person ("the Russian diplomat"). */
  private static final Set<String> PERSON_NOUNS =
      Set.of(
          "diplomat",
          "minister",
          "secretary",
          "president",
          "official",
          "spokesman",
          "spokeswoman",
          "spokesperson",
          "senator",
          "governor",
          "candidate",
          "nominee",
          "envoy",
          "ambassador",
          "chancellor",
          "leader",
          "mayor",
          "congressman",
          "congresswoman",
          "chairman",
          "chairwoman",
          "director",
          "chief",
          "general",
          "negotiator",
          "businessman",
          "billionaire",
          "lawmaker",
          "premier",
          "king",
          "queen",
          "prince",
          "judge",
          "democrat",
          "republican",
          "man",
          "woman");

  /** Verbs that attribute a direct quotation next to them but do not introduce reported speech. */
  private static final Set<String> DIRECT_CUES =
      Set.of(
          "continue",
          "ask",
          "demand",
          "sing",
          "call",
          "describe",
          "dismiss",
          "label",
          "dub",
          "brand",
          "chant",
          "wonder",
          "laugh",
          "read",
          "begin",
          "conclude",
          "yell",
          "cry",
          "plead");

  private static final Set<String> AUXILIARIES =
      Set.of(
          "be",
          "have",
          "do",
          "will",
          "would",
          "also",
          "not",
          "n't",
          "later",
          "then",
          "reportedly",
          "'s",
          "’s",
          "'re",
          "’re",
          "'ve",
          "’ve",
          "'d",
          "’d",
          "'ll",
          "’ll");

  private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "they", "we", "i", "it");

  private final String text;
  private final List<Token> tokens = new ArrayList<>();
  private final List<Integer> sentenceOf = new ArrayList<>();
  private final List<Integer> sentenceStart = new ArrayList<>();
  private final List<Integer> sentenceEnd = new ArrayList<>();
  private final boolean[] inQuote;
  private final Mention[] mentionAt;
  private final Map<Mention, String> actorOf;
  private final List<ArticleActor> actors;
  private final Map<String, PersonGender> genders = new HashMap<>();

  private QuoteExtractor(
      String text,
      List<List<Token>> sentences,
      List<Mention> mentions,
      Map<Mention, String> actorOf,
      List<ArticleActor> actors,
      List<QuoteMarks.Span> spans) {
    this.text = text;
    this.actorOf = actorOf;
    this.actors = actors;
    for (ArticleActor actor : actors) {
      PersonGender gender = PersonGender.of(actor);
      if (gender != null) {
        genders.put(actor.actorId(), gender);
      }
    }
    for (List<Token> sentence : sentences) {
      sentenceStart.add(tokens.size());
      for (Token token : sentence) {
        sentenceOf.add(sentenceStart.size() - 1);
        tokens.add(token);
      }
      sentenceEnd.add(tokens.size() - 1);
    }
    inQuote = new boolean[tokens.size()];
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      for (QuoteMarks.Span span : spans) {
        if (token.begin() >= span.begin() - 1 && token.end() <= span.end() + 1) {
          inQuote[i] = true;
          break;
        }
      }
    }
    mentionAt = new Mention[tokens.size()];
    for (Mention mention : mentions) {
      if (!actorOf.containsKey(mention)) {
        continue;
      }
      for (int i = 0; i < tokens.size(); i++) {
        Token token = tokens.get(i);
        if (token.begin() >= mention.charBegin() && token.end() <= mention.charEnd()) {
          mentionAt[i] = mention;
        }
      }
    }
  }

  /**
   * The quotations of one article.
   *
   * @param sentences the article's tokens, sentence by sentence
   * @param mentions its named-entity mentions; those in `actorOf` can be speakers
   * @param actorOf the canonical actor id of each resolved mention
   * @param actors the article's actors, whose roles resolve descriptions
   */
  public static List<Quote> extract(
      String text,
      List<List<Token>> sentences,
      List<Mention> mentions,
      Map<Mention, String> actorOf,
      List<ArticleActor> actors) {
    List<QuoteMarks.Span> spans = QuoteMarks.find(text);
    return new QuoteExtractor(text, sentences, mentions, actorOf, actors, spans).run(spans);
  }

  private record Speaker(String actorId, int first, int last) {}

  private record Found(int begin, int end, String kind, int cue, Speaker speaker, int anchor) {}

  private List<Quote> run(List<QuoteMarks.Span> spans) {
    List<Found> found = new ArrayList<>();
    Set<Integer> usedCues = new HashSet<>();
    Found previousDirect = null;
    for (QuoteMarks.Span span : spans) {
      int first = firstTokenFrom(span.begin());
      int last = lastTokenUpTo(span.end());
      if (first < 0 || last < first) {
        continue;
      }
      int cue = cueOf(first, last, closedByPunctuation(span));
      Speaker speaker = null;
      if (cue >= 0) {
        usedCues.add(cue);
        speaker = speakerOf(cue);
      } else if (words(first, last) < 3) {
        continue;
      } else {
        speaker = colonSpeaker(first);
        if (speaker == null) {
          speaker = dashSpeaker(last);
        }
        if (speaker == null
            && previousDirect != null
            && sentenceOf.get(first) - sentenceOf.get(endOf(previousDirect)) <= 2) {
          // Counted from where the last quotation and its cue end: a long one ("This is what I
          // know. ... ," Sanders said) is followed by its next part all the same.
          speaker = previousDirect.speaker();
        }
      }
      int end = span.end();
      while (end > span.begin() && ",;:".indexOf(text.charAt(end - 1)) >= 0) {
        end--;
      }
      Found direct = new Found(span.begin(), end, Quote.DIRECT, cue, speaker, first);
      found.add(direct);
      previousDirect = direct;
    }
    for (int i = 0; i < tokens.size(); i++) {
      if (!usedCues.contains(i) && isCue(i)) {
        Found indirect = indirect(i);
        if (indirect != null
            && !inanimateFinding(indirect)
            && found.stream().noneMatch(f -> overlaps(f, indirect))) {
          found.add(indirect);
        }
      }
    }
    found.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
    List<Quote> quotes = new ArrayList<>();
    for (Found f : found) {
      quotes.add(toQuote(quotes.size(), f));
    }
    return quotes;
  }

  /**
   * Verbs that report speech only when someone does them: "his meeting suggests a change", "the
   * data indicate that ..." are no one's words, while "Smith suggested that ..." is speech.
   */
  private static final Set<String> FINDING_CUES =
      Set.of(
          "suggest", "indicate", "signal", "show", "reveal", "estimate", "predict", "find", "hint");

  /**
   * Head nouns of an event or a state of things, which can suggest or show but say nothing ("his
   * meeting suggests", "the move signals"). A list of what cannot speak, rather than of what can:
   * attribution corpora count polls, videos, agencies and "twelve percent" as sources, and PolNeAR
   * lost 14 attributions when only people and records were let through.
   */
  private static final Set<String> EVENT_NOUNS =
      Set.of(
          "meeting",
          "development",
          "move",
          "decision",
          "visit",
          "trip",
          "timing",
          "fact",
          "appearance",
          "absence",
          "presence",
          "silence",
          "shift",
          "change",
          "rise",
          "fall",
          "drop",
          "increase",
          "decline",
          "growth",
          "trend",
          "pattern",
          "episode",
          "incident",
          "event",
          "story",
          "choice",
          "departure",
          "arrival",
          "delay",
          "outcome",
          "turnout",
          "win",
          "loss",
          "victory",
          "defeat");

  /**
   * Whether an indirect quotation's cue is one of {@link #FINDING_CUES} and its subject is an event
   * or a state of things ({@link #EVENT_NOUNS}): something that happened to suggest, not anyone's
   * words.
   */
  private boolean inanimateFinding(Found indirect) {
    String lemma = tokens.get(indirect.cue()).lemma().toLowerCase(Locale.ROOT);
    Speaker speaker = indirect.speaker();
    if (!FINDING_CUES.contains(lemma) || speaker == null || speaker.actorId() != null) {
      return false;
    }
    return EVENT_NOUNS.contains(tokens.get(speaker.last()).lemma().toLowerCase(Locale.ROOT));
  }

  private boolean closedByPunctuation(QuoteMarks.Span span) {
    int i = span.end() - 1;
    return i >= 0 && ",?!".indexOf(text.charAt(i)) >= 0
        || span.end() + 1 < text.length() && text.charAt(span.end() + 1) == ',';
  }

  /** The last token of a quotation or of its cue, whichever comes later. */
  private int endOf(Found quotation) {
    int last = Math.max(quotation.anchor(), lastTokenUpTo(quotation.end()));
    return Math.max(last, quotation.cue());
  }

  private static boolean overlaps(Found a, Found b) {
    return a.begin() < b.end() && b.begin() < a.end();
  }

  private Quote toQuote(int index, Found f) {
    Speaker s = f.speaker();
    String cue = "";
    if (f.cue() >= 0) {
      cue = tokens.get(f.cue()).text();
      if (tokens.get(f.cue()).is("according")) {
        cue = "according to";
      }
    }
    int wordCount = 0;
    for (String word : text.substring(f.begin(), f.end()).split("\\s+")) {
      if (word.codePoints().anyMatch(Character::isLetterOrDigit)) {
        wordCount++;
      }
    }
    return new Quote(
        index,
        f.kind(),
        f.begin(),
        f.end(),
        text.substring(f.begin(), f.end()),
        wordCount,
        sentenceOf.get(f.anchor()),
        s == null || s.actorId() == null ? Quote.UNATTRIBUTED : s.actorId(),
        s == null
            ? null
            : text.substring(tokens.get(s.first()).begin(), tokens.get(s.last()).end()),
        s == null ? -1 : tokens.get(s.first()).begin(),
        s == null ? -1 : tokens.get(s.last()).end(),
        cue);
  }

  // ---- cues

  private boolean isCue(int i) {
    if (inQuote[i]) {
      return false;
    }
    Token token = tokens.get(i);
    if (token.is("according")) {
      return i + 1 < tokens.size() && tokens.get(i + 1).is("to") && sameSentence(i, i + 1);
    }
    if (!token.isVerb() || inHyphenatedWord(i)) {
      return false;
    }
    if (token.pos().equals("VBG")
        && i > 0
        && (tokens.get(i - 1).pos().equals("DT") || tokens.get(i - 1).pos().startsWith("JJ"))) {
      return false; // "a telling development": an adjective the tagger took for a verb
    }
    String lemma = token.lemma().toLowerCase(Locale.ROOT);
    return CUES.contains(lemma)
        || THAT_CUES.contains(lemma)
            && i + 1 < tokens.size()
            && tokens.get(i + 1).is("that")
            && sameSentence(i, i + 1);
  }

  /**
   * The cue of a quotation spanning tokens first..last: one right after it, past its speaker (',"
   * Ryabkov stated', '?" said Plouffe', also at the start of the next sentence when the quotation
   * ends its own); else the nearest before it in its sentence, or in the sentence before when that
   * ends with a colon ("Caddell continued:"); else the nearest after it.
   */
  private int cueOf(int first, int last, boolean closedByPunctuation) {
    int firstSentence = sentenceOf.get(first);
    int colon = tokenBeforeQuotation(first);
    if (colon >= 0 && tokens.get(colon).is(":")) {
      int from = sentenceStart.get(sentenceOf.get(colon));
      for (int i = colon - 1; i >= from; i--) {
        if (isDirectCue(i)) {
          return i;
        }
      }
    }
    int sentence = sentenceOf.get(last);
    int end = sentenceEnd.get(sentence);
    int after = cueRightAfter(last + 1, end, closedByPunctuation);
    if (after >= 0) {
      return after;
    }
    int inRelativeClause = -1;
    for (int i = first - 1; i >= sentenceStart.get(firstSentence); i--) {
      if (isDirectCue(i)) {
        if (!afterRelativePronoun(i)) {
          return i;
        }
        inRelativeClause = inRelativeClause < 0 ? i : inRelativeClause;
      }
    }
    if (inRelativeClause >= 0) {
      return inRelativeClause;
    }
    if (lastWordOf(sentence) <= last
        && firstWordOf(firstSentence) >= first - 1
        && sentence + 1 < sentenceStart.size()
        && sameParagraph(last, sentenceStart.get(sentence + 1))) {
      after = cueRightAfter(sentenceStart.get(sentence + 1), sentenceEnd.get(sentence + 1), true);
      if (after >= 0) {
        return after;
      }
    }
    for (int i = last + 1; i <= end; i++) {
      if (isCue(i)) {
        return i;
      }
    }
    return -1;
  }

  /** "anybody who complains about ...": a cue inside a relative clause speaks for someone else. */
  private boolean afterRelativePronoun(int cue) {
    int j = skipLeftAdjuncts(cue - 1, sentenceStart.get(sentenceOf.get(cue)));
    return j >= 0 && (tokens.get(j).pos().equals("WP") || tokens.get(j).pos().equals("WDT"));
  }

  private int cueRightAfter(int from, int end, boolean closedByPunctuation) {
    int i = from;
    while (i <= end && (isPunctuation(tokens.get(i)) || inQuote[i]) && !isDash(tokens.get(i))) {
      i++;
    }
    int afterMarks = i;
    i = skipParenthetical(i, end);
    while (i <= end
        && (isNounPhraseWord(i)
            || isSubjectPronoun(tokens.get(i))
            || tokens.get(i).pos().startsWith("RB"))
        && !inQuote[i]) {
      i = skipParenthetical(i + 1, end);
    }
    if (i > end || !isDirectCue(i)) {
      return -1;
    }
    return i > afterMarks || closedByPunctuation ? i : -1;
  }

  /** "so-called": CoreNLP splits at the hyphen, but the part is no reporting verb. */
  private boolean inHyphenatedWord(int i) {
    int begin = tokens.get(i).begin();
    return begin > 0 && text.charAt(begin - 1) == '-';
  }

  private boolean isDirectCue(int i) {
    return isCue(i)
        || (!inQuote[i]
            && !inHyphenatedWord(i)
            && tokens.get(i).isVerb()
            && DIRECT_CUES.contains(tokens.get(i).lemma().toLowerCase(Locale.ROOT)));
  }

  private boolean sameParagraph(int a, int b) {
    return text.substring(tokens.get(a).end(), tokens.get(b).begin()).indexOf('\n') < 0;
  }

  private static boolean isDash(Token token) {
    return token.text().matches("[-–—―]+");
  }

  /** Past "(D-Wis.)" after a name. */
  private int skipParenthetical(int i, int end) {
    if (i <= end && (tokens.get(i).is("(") || tokens.get(i).pos().equals("-LRB-"))) {
      int close = i;
      while (close <= end
          && close < i + 8
          && !tokens.get(close).pos().equals("-RRB-")
          && !tokens.get(close).is(")")) {
        close++;
      }
      return close <= end && close < i + 8 ? close + 1 : i;
    }
    return i;
  }

  // ---- indirect speech

  private Found indirect(int cue) {
    int sentence = sentenceOf.get(cue);
    int start = sentenceStart.get(sentence);
    int end = lastWordOf(sentence);
    if (tokens.get(cue).is("according")) {
      Speaker speaker = nounPhraseFrom(cue + 2);
      if (speaker == null) {
        return null;
      }
      int afterSpeaker = speaker.last() + 1;
      if (firstWordOf(sentence) == cue) {
        if (afterSpeaker <= end && tokens.get(afterSpeaker).is(",")) {
          return clause(afterSpeaker + 1, end, cue, speaker);
        }
        return null;
      }
      return clauseBefore(start, cue, cue, speaker);
    }
    Speaker speaker = speakerOf(cue);
    if (speaker == null
        && cue + 1 <= end
        && tokens.get(cue).lemma().equalsIgnoreCase("tell")
        && OBJECT_PRONOUNS.contains(tokens.get(cue + 1).text().toLowerCase(Locale.ROOT))) {
      return null; // "Tell me a story", "tell me one thing that ...": a request, not speech
    }
    boolean inverted = speaker != null && speaker.first() > cue;
    if (inverted || restIsTrailer(speaker == null ? cue : Math.max(cue, speaker.last()), end)) {
      int leftEdge = speaker != null && speaker.first() < cue ? speaker.first() : cue;
      return clauseBefore(start, leftEdge, cue, speaker);
    }
    int k = skipAdjuncts(cue + 1, end);
    if (OBJECT_CUES.contains(tokens.get(cue).lemma().toLowerCase(Locale.ROOT))) {
      Speaker object = nounPhraseFrom(k);
      if (object != null) {
        k = skipAdjuncts(object.last() + 1, end);
      }
    }
    for (int pp = 0; pp < 2 && k <= end && isPreposition(k); pp++) {
      Speaker object = nounPhraseFrom(k + 1);
      if (object == null) {
        break;
      }
      k = skipAdjuncts(object.last() + 1, end);
    }
    if (k > end
        || !opensClause(tokens.get(k))
        || NOUN_OBJECT_CUES.contains(tokens.get(cue).lemma().toLowerCase(Locale.ROOT))
            && !startsAClause(k, end)) {
      return null;
    }
    return clause(k, end, cue, speaker);
  }

  /**
   * Cues that as often take a thing as their object as reported words ("wrote his first novel",
   * "boasts a reputation", "confirms the belief", "tell me a story", "revealed its new handsets",
   * "admitted to hospital"): speech only when a clause follows ({@link #startsAClause}). "tell" is
   * not one: "told the committee the plan would fail" is common, and a request ("tell me a story")
   * is told apart by having no speaker.
   */
  private static final Set<String> NOUN_OBJECT_CUES =
      Set.of("write", "boast", "confirm", "reveal", "admit", "add");

  private static final Set<String> COMPLEMENTIZERS =
      Set.of("that", "whether", "if", "how", "why", "what", "when", "where", "who", "which");

  private static final Set<String> OBJECT_PRONOUNS = Set.of("me", "him", "us", "them", "her");

  /**
   * Whether reported content starts at {@code k}: a complementizer ("said that ..."), or a short
   * subject and its finite verb ("said the talks were useful", "said he would"). A noun phrase that
   * no verb of its own follows is the cue's object, and the cue no speech: "wrote his first novel,
   * ...", "boasts a reputation as ...", "confirms the belief that ...", "tell me a story".
   */
  private boolean startsAClause(int k, int end) {
    Token first = tokens.get(k);
    if (COMPLEMENTIZERS.contains(first.text().toLowerCase(Locale.ROOT))) {
      return true;
    }
    if (OBJECT_PRONOUNS.contains(first.text().toLowerCase(Locale.ROOT))) {
      return false;
    }
    int i = k;
    while (i <= end && i - k < 8 && isSubjectWord(i)) {
      i++;
    }
    while (i <= end && tokens.get(i).pos().startsWith("RB")) {
      i++;
    }
    return i > k && i <= end && isFiniteVerb(tokens.get(i));
  }

  private static boolean isFiniteVerb(Token token) {
    String pos = token.pos();
    return pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP") || pos.equals("MD");
  }

  private Found clause(int first, int last, int cue, Speaker speaker) {
    if (first > last || words(first, last) < 3 || anyInQuote(first, last)) {
      return null;
    }
    return new Found(
        tokens.get(first).begin(), tokens.get(last).end(), Quote.INDIRECT, cue, speaker, cue);
  }

  /** The clause from `start` up to the comma just before `edge`. */
  private Found clauseBefore(int start, int edge, int cue, Speaker speaker) {
    int comma = edge - 1;
    if (comma <= start || !tokens.get(comma).is(",")) {
      return null;
    }
    int first = start;
    while (first < comma && isPunctuation(tokens.get(first))) {
      first++;
    }
    return clause(first, comma - 1, cue, speaker);
  }

  /** True when nothing but punctuation, dates or a short prepositional phrase follows `from`. */
  private boolean restIsTrailer(int from, int end) {
    int k = skipAdjuncts(from + 1, end);
    if (k <= end && isPreposition(k)) {
      Speaker object = nounPhraseFrom(k + 1);
      k = object == null ? k : skipAdjuncts(object.last() + 1, end);
    }
    return k > end;
  }

  /** Whether reported content can start at this token: not at a verb, "to" or punctuation. */
  private boolean opensClause(Token token) {
    return !token.isVerb() && !token.pos().equals("TO") && !isPunctuation(token);
  }

  // ---- speakers

  /** The speaker of a cue: its subject, or, after the quotation, the noun phrase after it. */
  private Speaker speakerOf(int cue) {
    if (tokens.get(cue).is("according")) {
      return nounPhraseFrom(cue + 2);
    }
    int before = skipLeftAdjuncts(cue - 1, sentenceStart.get(sentenceOf.get(cue)));
    boolean participle = tokens.get(cue).pos().equals("VBG");
    boolean afterQuotation =
        before < sentenceStart.get(sentenceOf.get(cue))
            || inQuote[before]
            || (tokens.get(before).is(",") && !participle);
    if (afterQuotation) {
      int end = sentenceEnd.get(sentenceOf.get(cue));
      Speaker after = nounPhraseFrom(skipAdjuncts(cue + 1, end));
      boolean commaBefore = before >= 0 && !inQuote[before] && tokens.get(before).is(",");
      if (commaBefore) {
        Speaker apposed = appositive(before, sentenceStart.get(sentenceOf.get(cue)));
        if (apposed != null && isPerson(apposed)) {
          return apposed;
        }
      }
      if (after != null
          && (!commaBefore
              || restIsTrailer(after.last(), end)
              || after.last() < end && tokens.get(after.last() + 1).is(","))) {
        return after;
      }
    }
    return subjectBefore(cue, 0);
  }

  private Speaker subjectBefore(int verb, int depth) {
    int start = sentenceStart.get(sentenceOf.get(verb));
    int j = skipLeftAdjuncts(verb - 1, start);
    if (j < start || inQuote[j] || depth > 3) {
      return null;
    }
    Token token = tokens.get(j);
    boolean participle = tokens.get(verb).pos().equals("VBG");
    boolean progressive = participle && isAuxiliary(tokens.get(verb - 1));
    if (token.pos().equals("CC")
        || token.is("to")
        || (participle && !progressive && !token.is("as"))) {
      return subjectOfVerbBefore(j, depth);
    }
    j = skipParentheticalLeft(j, start);
    token = tokens.get(j);
    if (token.is(",")) {
      return appositive(j, start);
    }
    if (token.is("as") && participle) {
      return nounPhraseEndingAt(j - 1);
    }
    if (isNounPhraseWord(j) || isSubjectPronoun(token)) {
      Speaker phrase = nounPhraseEndingAt(j);
      int before = phrase == null ? -1 : phrase.first() - 1;
      if (before > start + 1
          && isPreposition(before)
          && (tokens.get(before - 1).pos().equals("VBG")
              || tokens.get(before - 1).pos().equals("VBN"))
          && isNounPhraseWord(before - 2)) {
        return nounPhraseEndingAt(before - 2); // "Protesters marching through the streets"
      }
      if (before > start && isPreposition(before) && !tokens.get(before).is("as")) {
        Speaker outer =
            subjectBefore(before, depth + 1); // "Protesters marching through the streets"
        if (outer != null) {
          return outer;
        }
      }
      return phrase;
    }
    if (token.isVerb()) {
      return subjectBefore(j, depth + 1);
    }
    return null;
  }

  /** The subject of the sentence's first verb before `from`: the clause a coordinated cue joins. */
  private Speaker subjectOfVerbBefore(int from, int depth) {
    int start = sentenceStart.get(sentenceOf.get(from));
    for (int v = start; v < from; v++) {
      Token token = tokens.get(v);
      if (!inQuote[v] && token.isVerb() && !isAuxiliary(token)) {
        Speaker subject = subjectBefore(v, depth + 1);
        if (subject != null) {
          return subject;
        }
      }
    }
    return null;
  }

  /** Before "(D-Wis.)" when reading leftwards. */
  private int skipParentheticalLeft(int j, int start) {
    if (tokens.get(j).is(")") || tokens.get(j).pos().equals("-RRB-")) {
      for (int k = j - 1; k >= start && k > j - 8; k--) {
        if (tokens.get(k).is("(") || tokens.get(k).pos().equals("-LRB-")) {
          return k - 1 >= start ? k - 1 : j;
        }
      }
    }
    return j;
  }

  /** "Wendy Sherman, the deputy secretary, said": prefer a name inside the commas, else before. */
  private Speaker appositive(int comma, int start) {
    Speaker inside = nounPhraseEndingAt(comma - 1);
    int close = comma;
    for (int segment = 0; segment < 3; segment++) {
      Speaker candidate = nounPhraseEndingAt(close - 1);
      if (candidate != null && isPerson(candidate)) {
        return candidate;
      }
      int open = close - 1;
      while (open > start && open > close - 15 && !tokens.get(open).is(",")) {
        open--;
      }
      if (!tokens.get(open).is(",") || open == close) {
        if (segment > 0) {
          Speaker first = nounPhraseEndingAt(close - 1);
          return first != null ? first : inside;
        }
        break;
      }
      close = open;
    }
    Speaker before = nounPhraseEndingAt(close - 1);
    return before != null && close != comma ? before : inside;
  }

  private boolean isPerson(Speaker speaker) {
    return speaker.actorId() != null && speaker.actorId().startsWith("person:");
  }

  private Speaker nounPhraseEndingAt(int last) {
    if (last < 0 || inQuote[last]) {
      return null;
    }
    Token token = tokens.get(last);
    if (isSubjectPronoun(token)) {
      return pronoun(last);
    }
    if (!isNounPhraseWord(last)) {
      return null;
    }
    int start = sentenceStart.get(sentenceOf.get(last));
    int first = last;
    while (first > start && isNounPhraseWord(first - 1) && !inQuote[first - 1]) {
      first--;
    }
    if (tokens.get(first).is("of")) {
      first++;
    }
    if (first > last) {
      return null; // the phrase was "of" alone ("Of said properties, three were sold")
    }
    return phrase(first, last);
  }

  private Speaker nounPhraseFrom(int first) {
    if (first >= tokens.size() || inQuote[first]) {
      return null;
    }
    Token token = tokens.get(first);
    if (isSubjectPronoun(token)) {
      return pronoun(first);
    }
    if (!isNounPhraseWord(first) || token.is("of")) {
      return null;
    }
    int end = sentenceEnd.get(sentenceOf.get(first));
    int last = first;
    while (last < end && isNounPhraseWord(last + 1) && !inQuote[last + 1]) {
      last++;
    }
    while (last > first && tokens.get(last).is("of")) {
      last--;
    }
    return phrase(first, last);
  }

  /** A noun phrase's actor: a name it ends with, else a description resolved to a person. */
  private Speaker phrase(int first, int last) {
    int head = last;
    for (int i = first; i <= last; i++) {
      if (tokens.get(i).is("of")) {
        head = i - 1;
        break;
      }
    }
    Mention mention = mentionAt[last];
    if (mention != null && !mention.type().equals("PERSON") && mentionAt[head] != mention) {
      mention = null; // "The U.S. Secretary of State": a title, not the State Department
    }
    if (mention != null) {
      int begin = last;
      while (begin > first && mentionAt[begin - 1] == mention) {
        begin--;
      }
      if (tokens.get(last).is("'s") || tokens.get(last).pos().equals("POS")) {
        return new Speaker(null, first, last);
      }
      return new Speaker(actorOf.get(mention), first, last);
    }
    String named = personByFamilyName(first, last);
    if (named != null) {
      return new Speaker(named, first, last);
    }
    String headWord = tokens.get(head).lemma().toLowerCase(Locale.ROOT);
    boolean definite = tokens.get(first).is("the") || tokens.get(first).is("this");
    if (!definite || !PERSON_NOUNS.contains(headWord)) {
      return new Speaker(null, first, last);
    }
    String byRole = lastPersonWithRole(headWord, first);
    if (byRole != null) {
      return new Speaker(byRole, first, last);
    }
    return new Speaker(lastPersonBefore(first), first, last);
  }

  /**
   * A speaker phrase of one capitalised word the tagger did not take for a name ("Lovely said")
   * that is the family name of exactly one person the article names in full: that person.
   */
  private String personByFamilyName(int first, int last) {
    String word = tokens.get(last).text();
    if (first != last || word.length() < 2 || !Character.isUpperCase(word.charAt(0))) {
      return null;
    }
    String family = ActorNames.fold(word);
    List<String> bearers = new ArrayList<>();
    for (ArticleActor actor : actors) {
      ActorNames.PersonName name = ActorNames.splitRole(ActorNames.tokens(actor.name()));
      if (actor.type().equals("person")
          && name.name().size() >= 2
          && ActorNames.fold(name.surname()).equals(family)) {
        bearers.add(actor.actorId());
      }
    }
    return bearers.size() == 1 ? bearers.get(0) : null;
  }

  private Speaker pronoun(int i) {
    String word = tokens.get(i).text().toLowerCase(Locale.ROOT);
    String actor =
        switch (word) {
          case "he" -> lastPersonBefore(i, PersonGender.MALE);
          case "she" -> lastPersonBefore(i, PersonGender.FEMALE);
          case "it" -> lastOrganizationBefore(i);
          default -> null;
        };
    return new Speaker(actor, i, i);
  }

  private String lastOrganizationBefore(int i) {
    int from = sentenceStart.get(Math.max(0, sentenceOf.get(i) - 2));
    for (int k = i - 1; k >= from; k--) {
      Mention mention = mentionAt[k];
      if (mention != null && !inQuote[k] && mention.type().equals("ORGANIZATION")) {
        return actorOf.get(mention);
      }
    }
    return null;
  }

  /** '"..." ― Pamela Padilla': a name after a dash that follows the quotation. */
  private Speaker dashSpeaker(int lastQuoted) {
    int i = lastQuoted + 1;
    while (i < tokens.size() && inQuote[i]) {
      i++;
    }
    if (i + 1 < tokens.size() && isDash(tokens.get(i)) && sameParagraph(lastQuoted, i + 1)) {
      Speaker speaker = nounPhraseFrom(i + 1);
      return speaker != null && speaker.actorId() != null ? speaker : null;
    }
    return null;
  }

  /** The last token before a quotation's marks: -1 at the start of the text. */
  private int tokenBeforeQuotation(int firstQuoted) {
    int j = firstQuoted - 1;
    while (j >= 0 && inQuote[j]) {
      j--;
    }
    return j;
  }

  private Speaker colonSpeaker(int firstQuoted) {
    int j = tokenBeforeQuotation(firstQuoted);
    if (j >= 1 && tokens.get(j).is(":") && sameSentence(j, firstQuoted)) {
      return nounPhraseEndingAt(j - 1);
    }
    return null;
  }

  private String lastPersonBefore(int i) {
    return lastPersonBefore(i, null);
  }

  /** The person last named before token i outside quotations whose gender fits (null: any). */
  private String lastPersonBefore(int i, PersonGender pronoun) {
    if (pronoun != null) {
      String subject = firstPersonOfSentenceBefore(i, pronoun);
      if (subject != null) {
        return subject;
      }
    }
    for (int k = i - 1; k >= 0; k--) {
      Mention mention = mentionAt[k];
      if (mention != null && !inQuote[k] && mention.type().equals("PERSON")) {
        String actor = actorOf.get(mention);
        if (actor != null
            && actor.startsWith("person:")
            && (pronoun == null || genders.getOrDefault(actor, pronoun) == pronoun)) {
          return actor;
        }
      }
    }
    return null;
  }

  /**
   * "Clinton says she appreciated Machado's courage": a pronoun prefers the person its own sentence
   * opens with, as subjects are the likeliest antecedents.
   */
  private String firstPersonOfSentenceBefore(int i, PersonGender pronoun) {
    for (int k = sentenceStart.get(sentenceOf.get(i)); k < i; k++) {
      Mention mention = mentionAt[k];
      if (mention != null && !inQuote[k] && mention.type().equals("PERSON")) {
        String actor = actorOf.get(mention);
        if (actor != null && genders.getOrDefault(actor, pronoun) == pronoun) {
          return actor;
        }
        return null;
      }
    }
    return null;
  }

  private String lastPersonWithRole(String headWord, int i) {
    for (int k = i - 1; k >= 0; k--) {
      Mention mention = mentionAt[k];
      if (mention != null && !inQuote[k] && mention.type().equals("PERSON")) {
        String actorId = actorOf.get(mention);
        for (ArticleActor actor : actors) {
          if (actor.actorId().equals(actorId)
              && actor.roles().stream()
                  .anyMatch(role -> role.toLowerCase(Locale.ROOT).contains(headWord))) {
            return actorId;
          }
        }
      }
    }
    return null;
  }

  // ---- token classes

  /** A word of a clause's subject: a noun phrase's (not "of") or a pronoun ("he said he would"). */
  private boolean isSubjectWord(int i) {
    String pos = tokens.get(i).pos();
    return isNounPhraseWord(i) && !tokens.get(i).is("of") || pos.equals("PRP") || pos.equals("PDT");
  }

  private boolean isNounPhraseWord(int i) {
    Token token = tokens.get(i);
    String pos = token.pos();
    return pos.startsWith("NN")
        || pos.equals("DT")
        || pos.equals("PRP$")
        || pos.startsWith("JJ")
        || pos.equals("CD")
        || pos.equals("POS")
        || token.is("of")
        || (mentionAt[i] != null && !token.is(","));
  }

  private static boolean isSubjectPronoun(Token token) {
    return token.pos().equals("PRP")
        && SUBJECT_PRONOUNS.contains(token.text().toLowerCase(Locale.ROOT));
  }

  private static boolean isAuxiliary(Token token) {
    return AUXILIARIES.contains(token.lemma().toLowerCase(Locale.ROOT))
        || AUXILIARIES.contains(token.text().toLowerCase(Locale.ROOT))
        || token.pos().equals("MD");
  }

  private boolean isPreposition(int i) {
    Token token = tokens.get(i);
    return token.pos().equals("IN") && !token.is("that") && !token.is("if");
  }

  private static boolean isPunctuation(Token token) {
    return token.text().codePoints().noneMatch(Character::isLetterOrDigit);
  }

  private static boolean isTime(Token token) {
    return token.ner().equals("DATE") || token.ner().equals("TIME");
  }

  /** Past adverbs, dates, commas and "also" to the right. */
  private int skipAdjuncts(int k, int end) {
    while (k <= end) {
      Token token = tokens.get(k);
      if (token.pos().startsWith("RB") || isTime(token) || isPunctuation(token) && !inQuote[k]) {
        k++;
      } else if (isPreposition(k) && k + 1 <= end && isTime(tokens.get(k + 1))) {
        k++;
      } else {
        break;
      }
    }
    return k;
  }

  /** Past adverbs, auxiliaries and dates ("has also", "on Sunday") to the left. */
  private int skipLeftAdjuncts(int j, int start) {
    while (j >= start) {
      Token token = tokens.get(j);
      if (inQuote[j]) {
        return j;
      }
      if (token.pos().startsWith("RB")
          || token.pos().equals("MD")
          || (token.isVerb() && isAuxiliary(token))
          || isTime(token)
          || (isPreposition(j) && j + 1 < tokens.size() && isTime(tokens.get(j + 1)))) {
        j--;
      } else {
        break;
      }
    }
    return j;
  }

  // ---- positions

  private int firstTokenFrom(int offset) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).begin() >= offset) {
        return i;
      }
    }
    return -1;
  }

  private int lastTokenUpTo(int offset) {
    for (int i = tokens.size() - 1; i >= 0; i--) {
      if (tokens.get(i).end() <= offset) {
        return i;
      }
    }
    return -1;
  }

  private int firstWordOf(int sentence) {
    int i = sentenceStart.get(sentence);
    while (i < sentenceEnd.get(sentence) && isPunctuation(tokens.get(i))) {
      i++;
    }
    return i;
  }

  private int lastWordOf(int sentence) {
    int i = sentenceEnd.get(sentence);
    while (i > sentenceStart.get(sentence) && isPunctuation(tokens.get(i))) {
      i--;
    }
    return i;
  }

  private boolean sameSentence(int a, int b) {
    return sentenceOf.get(a).equals(sentenceOf.get(b));
  }

  private boolean anyInQuote(int first, int last) {
    for (int i = first; i <= last; i++) {
      if (inQuote[i]) {
        return true;
      }
    }
    return false;
  }

  private int words(int first, int last) {
    int count = 0;
    for (int i = first; i <= last; i++) {
      if (!isPunctuation(tokens.get(i))) {
        count++;
      }
    }
    return count;
  }
}
