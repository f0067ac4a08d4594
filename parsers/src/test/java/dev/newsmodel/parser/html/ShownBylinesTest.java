package dev.newsmodel.parser.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsmodel.parser.lexicon.Language;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Bylines printed near the headline, and the site as its own author (invented pages). */
class ShownBylinesTest {
  private static final HtmlReader READER = new HtmlReader(Language.english());

  private static List<String> authors(String head, String body) {
    String html =
        "<html><head><title>Ten Ways to Grow Beans Indoors</title>"
            + head
            + "</head><body><header><nav><a href='/'>Home</a></nav></header>"
            + body
            + "<footer>Copyright Bean Weekly</footer></body></html>";
    return READER.read(Jsoup.parse(html, "https://beans.example/grow")).authors();
  }

  private static final String PARAGRAPHS =
      "<p>Beans grow well on a sunny sill when the soil is kept moist and warm.</p>"
          + "<p>Most kinds need a pole or a string to climb within two weeks.</p>";

  @Test
  void readsALabelAndTheNameInTheNextElement() {
    assertThat(
            authors(
                "",
                "<h1>Ten Ways to Grow Beans Indoors</h1>"
                    + "<div><p>Written by</p><p>Ana Costa</p></div>"
                    + PARAGRAPHS))
        .containsExactly("Ana Costa");
  }

  @Test
  void readsAByLineWhoseNameIsALinkOrFollowedByADate() {
    assertThat(
            authors(
                "",
                "<h1>Ten Ways to Grow Beans Indoors</h1>"
                    + "<span>By <a href='/people/ana'>Ana Costa</a></span>"
                    + PARAGRAPHS))
        .containsExactly("Ana Costa");
    assertThat(
            authors(
                "",
                "<h1>Ten Ways to Grow Beans Indoors</h1><p>by: Bo Lind, Dec 17, 2025</p>"
                    + PARAGRAPHS))
        .containsExactly("Bo Lind");
  }

  @Test
  void aSentenceStartingWithByIsNoByline() {
    assertThat(
            authors(
                "",
                "<h1>Ten Ways to Grow Beans Indoors</h1>"
                    + "<p>By the way, the seeds keep for a year.</p>"
                    + PARAGRAPHS))
        .isEmpty();
  }

  @Test
  void aLabelAloneIsNoName() {
    assertThat(
            authors(
                "",
                "<h1>Ten Ways to Grow Beans Indoors</h1>"
                    + "<div class='author'>Written By</div>"
                    + PARAGRAPHS))
        .isEmpty();
  }

  @Test
  void theSiteNamedAsTheOnlyAuthorIsTheAuthor() {
    assertThat(
            authors(
                "<meta property='og:site_name' content='Bean Weekly'>"
                    + "<meta name='author' content='Bean Weekly'>",
                "<h1>Ten Ways to Grow Beans Indoors</h1>" + PARAGRAPHS))
        .containsExactly("Bean Weekly");
    // A person named too: the site is not an author.
    assertThat(
            authors(
                "<meta property='og:site_name' content='Bean Weekly'>"
                    + "<meta name='author' content='Bean Weekly'>",
                "<h1>Ten Ways to Grow Beans Indoors</h1><p>By Ana Costa</p>" + PARAGRAPHS))
        .containsExactly("Ana Costa");
  }

  @Test
  void readsAnAuthorBoxAfterTheArticleByItsLoneLabel() {
    StringBuilder body = new StringBuilder("<h1>Ten Ways to Grow Beans Indoors</h1>");
    for (int i = 0; i < 20; i++) {
      body.append(PARAGRAPHS);
    }
    body.append("<aside><h2>Article by</h2><div>Ana Costa</div></aside>");
    assertThat(authors("", body.toString())).containsExactly("Ana Costa");
    // A label with more words than the prefix, or a name that is no person's, is not read.
    String other = body.toString().replace("Article by", "Article by our desk");
    assertThat(authors("", other)).isEmpty();
  }

  @Test
  void readsALabelledNameInAnAuthorBoxAfterTheArticle() {
    StringBuilder body = new StringBuilder("<h1>Ten Ways to Grow Beans Indoors</h1>");
    for (int i = 0; i < 20; i++) {
      body.append(PARAGRAPHS);
    }
    String box = "<div class='box'><p>Written by <a href='/team/ana'>Ana Costa</a></p></div>";
    assertThat(authors("", body + box)).containsExactly("Ana Costa");
    // Near misses far from the headline: a bare "By" starts a caption, and a label begins a
    // longer word.
    assertThat(authors("", body + "<p>By Ana Costa</p>")).isEmpty();
    assertThat(authors("", body + "<p>Written bylaws of Ana Costa</p>")).isEmpty();
  }

  @Test
  void readsEveryCoAuthorThatTheDataOrTheTagsName() {
    String article =
        "<script type='application/ld+json'>{\"@type\": \"NewsArticle\", \"headline\": "
            + "\"Ten Ways to Grow Beans Indoors\", \"author\": %s}</script>";
    String page = "<h1>Ten Ways to Grow Beans Indoors</h1>" + PARAGRAPHS;
    // One author object naming several people.
    assertThat(
            authors(
                String.format(
                    article, "{\"@type\": \"Person\", \"name\": [\"Ana Costa\", \"Ben Ode\"]}"),
                page))
        .containsExactly("Ana Costa", "Ben Ode");
    // The author tag names a co-author the data leaves out.
    String one = String.format(article, "{\"@type\": \"Person\", \"name\": \"Ana Costa\"}");
    assertThat(authors(one + "<meta name='author' content='Ana Costa,Ben Ode'>", page))
        .containsExactly("Ana Costa", "Ben Ode");
    // Of a byline and a tag that both add co-authors, the one that names the most is read.
    assertThat(
            authors(
                one + "<meta name='author' content='Ana Costa,Ben Ode,Cy Hale'>",
                "<h1>Ten Ways to Grow Beans Indoors</h1><p class='byline'>By Ana Costa and Ben"
                    + " Ode</p>"
                    + PARAGRAPHS))
        .containsExactly("Ana Costa", "Ben Ode", "Cy Hale");
    // A scholarly page names each author in a citation tag.
    assertThat(
            authors(
                "<meta name='citation_author' content='Ana Costa'>"
                    + "<meta name='citation_author' content='Ben Ode'>",
                page))
        .containsExactly("Ana Costa", "Ben Ode");
    // Written surname first, as catalogues write them, whatever the given names.
    assertThat(
            authors(
                "<meta name='citation_author' content='Okonkwo, Chidi'>"
                    + "<meta name='citation_author' content='Ode, Ben'>",
                page))
        .containsExactly("Chidi Okonkwo", "Ben Ode");
    // Near miss: a tag naming another person only does not replace the data's author.
    assertThat(authors(one + "<meta name='author' content='Ben Ode'>", page))
        .containsExactly("Ana Costa");
  }

  @Test
  void aPageThatNamesNoAuthorIsSignedByItsSite() {
    String site = "<meta property='og:site_name' content='Bean Weekly'>";
    assertThat(authors(site, "<h1>Ten Ways to Grow Beans Indoors</h1>" + PARAGRAPHS))
        .containsExactly("Bean Weekly");
    // Near misses: a byline names a person; no site is declared.
    assertThat(
            authors(
                site, "<h1>Ten Ways to Grow Beans Indoors</h1><p>By Ana Costa</p>" + PARAGRAPHS))
        .containsExactly("Ana Costa");
    assertThat(authors("", "<h1>Ten Ways to Grow Beans Indoors</h1>" + PARAGRAPHS)).isEmpty();
    // A site name with a motto after a bar signs with the name alone, unsplit at its "and".
    String motto = "<meta property='og:site_name' content='Beans and Peas | Grow your own'>";
    assertThat(authors(motto, "<h1>Ten Ways to Grow Beans Indoors</h1>" + PARAGRAPHS))
        .containsExactly("Beans and Peas");
  }

  @Test
  void readsDublinCoreCreatorsWrittenAsPropertiesOrInAList() {
    String page = "<h1>Ten Ways to Grow Beans Indoors</h1>" + PARAGRAPHS;
    assertThat(authors("<meta property='dc:creator' content='Ana Costa'>", page))
        .containsExactly("Ana Costa");
    assertThat(authors("<meta property='dc:creator og:note' content='Ana Costa'>", page))
        .containsExactly("Ana Costa");
    // Near miss: a list that holds no author's name.
    assertThat(authors("<meta property='og:note dc:subject' content='Ana Costa'>", page)).isEmpty();
  }

  @Test
  void aDeclaredNameThatABylineShowsIsTheAuthorThoughNoPersonsNameReads() {
    String comments =
        "<ol class='comment-list'><li><div class='comment-author'>Carlos Mendes</div>"
            + "<p>Great tips!</p></li></ol>";
    assertThat(
            authors(
                "<meta name='author' content='Marguerite'>",
                "<h1>Ten Ways to Grow Beans Indoors</h1>"
                    + "<div class='post-author'>Written by Marguerite</div>"
                    + PARAGRAPHS
                    + comments))
        .containsExactly("Marguerite");
    // Near miss: the declared name shown nowhere: a person's byline elsewhere is read.
    assertThat(
            authors(
                "<meta name='author' content='Marguerite'>",
                "<h1>Ten Ways to Grow Beans Indoors</h1>"
                    + "<div class='post-author'>Ana Costa</div>"
                    + PARAGRAPHS))
        .containsExactly("Ana Costa");
    // Near miss: the site's name, shown everywhere, agrees with nothing.
    assertThat(
            authors(
                "<meta property='og:site_name' content='Bean Weekly'>"
                    + "<meta name='author' content='Bean Weekly'>",
                "<h1>Ten Ways to Grow Beans Indoors</h1>"
                    + "<div class='author-box'>Bean Weekly</div>"
                    + PARAGRAPHS
                    + "<div class='post-author'>Ana Costa</div>"))
        .containsExactly("Ana Costa");
  }

  @Test
  void anAuthorElementInAReadersCommentNamesNoAuthor() {
    String comments =
        "<div id='comments'><ol><li><div class='comment-author vcard'>Carlos Mendes says:</div>"
            + "<p>Great tips!</p></li><li><span class='comment_author'>Lena Park</span></li>"
            + "</ol></div>";
    assertThat(authors("", "<h1>Ten Ways to Grow Beans Indoors</h1>" + PARAGRAPHS + comments))
        .isEmpty();
    // Near misses: the article's own author element, outside the comments, is read; so is one in
    // an article marked as taking comments.
    assertThat(
            authors(
                "",
                "<article class='post comments-open'><h1>Ten Ways to Grow Beans Indoors</h1>"
                    + "<div class='author-name'>Ana Costa</div>"
                    + PARAGRAPHS
                    + "</article>"))
        .containsExactly("Ana Costa");
    assertThat(
            authors(
                "",
                "<h1>Ten Ways to Grow Beans Indoors</h1>"
                    + PARAGRAPHS
                    + "<div class='author-name'>Ana Costa</div>"
                    + comments))
        .containsExactly("Ana Costa");
  }
}
