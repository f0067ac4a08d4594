package dev.newsmodel.parser.html;

import dev.newsmodel.parser.lexicon.Gazetteer;
import dev.newsmodel.parser.lexicon.Language;
import dev.newsmodel.parser.text.Bylines;
import dev.newsmodel.parser.text.DateLines;
import dev.newsmodel.parser.text.Furniture;
import dev.newsmodel.parser.text.RelatedLinks;
import dev.newsmodel.parser.text.TextWords;
import java.util.Set;

/**
 * The words of a language that the page reader looks for, read once from a bundle's {@code html/}
 * lists (author prefixes and roles, title tags), with the readers of bylines, date lines, furniture
 * and related-link lines made from its {@code text/} lists. The markup conventions (class and id
 * hints) are no language's words: they are read from {@code dev/newsmodel/parser/html/}.
 */
final class HtmlWords {
  final Bylines bylines;
  final DateLines dateLines;
  final Furniture furniture;
  final RelatedLinks relatedLinks;

  /** Prefixes that pages put before an author's name, lower case, in the order tried. */
  final String[] authorPrefixes;

  /**
   * Labels that say the name after them is the author's wherever they stand ("Written by"), unlike
   * a bare "By", which only a byline near the headline is read with.
   */
  final String[] authorLabels;

  /** Trailing words of an author string that are a job title, lower case. */
  final Set<String> trailingRoles;

  /** Words of a desk before a trailing job title, lower case. */
  final Set<String> deskWords;

  /** Words that join the names of an author string, with a space either side: " and ". */
  final String[] nameJoins;

  /** An author string that is only this word names nobody. */
  final String loneBylineWord;

  /** The article that may stand before an organization ending a name. */
  final String organizationArticle;

  /** Media and section tags that sites append to a title, as title keys. */
  final Set<String> titleTags;

  /** Words that label a printed date as that of a later change ("Updated"), lower case. */
  final Set<String> modifiedDateWords;

  /** Places and the words that mark organizations, of this bundle. */
  final Gazetteer gazetteer;

  HtmlWords(Language language) {
    gazetteer = Gazetteer.of(language);
    TextWords text = new TextWords(language);
    bylines = new Bylines(text);
    dateLines = new DateLines(text);
    furniture = new Furniture(text);
    relatedLinks = new RelatedLinks(text);
    authorPrefixes = TextWords.unquoted(language.entries("html/author-prefixes"));
    authorLabels = TextWords.unquoted(language.entries("html/author-labels"));
    trailingRoles = language.words("html/trailing-roles");
    deskWords = language.words("html/desk-words");
    nameJoins =
        language.entries("html/name-joins").stream()
            .map(word -> " " + word + " ")
            .toArray(String[]::new);
    loneBylineWord = language.word("html/words", "lone-byline-word");
    organizationArticle = language.word("html/words", "organization-article");
    titleTags = language.words("html/title-tags");
    modifiedDateWords = language.words("html/modified-date-words");
  }
}
