package dev.newsmodel.parser.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class CleanerTest {
  private static Element cleaned(String html) {
    Element body = Jsoup.parse(html).body();
    Cleaner.clean(body);
    return body;
  }

  @Test
  void dropsScriptsMediaAndFormsControls() {
    Element body =
        cleaned(
            "<p>Text of the story.</p><script>var x;</script><img src=a.jpg>"
                + "<button>Share</button><style>p{}</style>");

    assertThat(body.select("script, img, button, style")).isEmpty();
    assertThat(body.text()).isEqualTo("Text of the story.");
  }

  @Test
  void dropsBoilerplateByClassUnlessItHoldsMuchOfTheText() {
    String story = "<p>" + "The minister said the talks would go on next week. ".repeat(8) + "</p>";
    Element small =
        cleaned(story + story + "<div class=sidebar><p>Most read: other stories.</p></div>");
    Element whole = cleaned("<div class='sidebar-layout'>" + story + "</div><p>Footer.</p>");

    assertThat(small.select(".sidebar")).isEmpty();
    assertThat(whole.select(".sidebar-layout")).hasSize(1);
  }

  @Test
  void dropsPostsEmbeddedFromSocialNetworksButNotAQuotation() {
    String story =
        "<p>" + "The council met on Monday to vote on the new budget. ".repeat(8) + "</p>";
    Element body =
        cleaned(
            story
                + "<blockquote class=twitter-tweet><p>Big vote today!</p>"
                + "&mdash; A Voter (@avoter) May 2, 2031</blockquote>"
                + "<blockquote class=instagram-media><p>Seen at the hall.</p></blockquote>"
                + "<blockquote class=tiktok-embed><p>Watch the vote.</p></blockquote>"
                + "<blockquote class=pull-quote><p>We will not wait, she said.</p></blockquote>"
                + story);

    assertThat(body.select("blockquote")).hasSize(1);
    assertThat(body.text())
        .contains("We will not wait")
        .doesNotContain("@avoter", "Seen at", "Watch");
  }

  @Test
  void readsAHeadingsClassButNotItsAnchorId() {
    String story =
        "<p>" + "The shop sells its bread through two online stores. ".repeat(8) + "</p>";
    Element body =
        cleaned(
            story
                + "<h2 id=share-of-sales>Share of sales</h2>"
                + story
                + "<h3 class=sidebar-title>Most read</h3>"
                + "<div id=share-buttons><p>Send</p></div>");

    assertThat(body.select("h2")).hasSize(1);
    assertThat(body.select("h3, #share-buttons")).isEmpty();
  }

  @Test
  void measuresTextWithCollapsedSpacesWhateverTheCharacters() {
    // Runs of printable ASCII between white space, non-breaking spaces, zero-width spaces and
    // letters beyond ASCII: the share is measured alike, and the nav that holds the story stays.
    String story =
        "<p>Caf\u00e9 owners\u00a0 said\u200b the   rules\n\twould cost them \u201ccustomers\u201d.</p>";
    Element body =
        cleaned("<nav>" + story.repeat(6) + "</nav><p>Short.</p><aside><p>Ads.</p></aside>");

    assertThat(body.select("nav")).hasSize(1);
    assertThat(body.select("aside")).isEmpty();
  }

  @Test
  void keepsAHiddenElementThatHoldsTheBody() {
    String story = "<p>" + "A long paragraph of the article body goes here. ".repeat(10) + "</p>";
    Element body = cleaned("<div hidden>" + story + "</div><div aria-hidden=true><p>x</p></div>");

    assertThat(body.select("div[hidden]")).hasSize(1);
    assertThat(body.select("div[aria-hidden]")).isEmpty();
  }

  @Test
  void keepsTheHighlightedTokensOfABlockOfCodeButNotACommentBoxBesideIt() {
    String story = "<p>" + "To start, type the commands below in a terminal. ".repeat(4) + "</p>";
    Element body =
        cleaned(
            story
                + "<pre><code><span class='hljs-comment'># make a new folder</span>\nmkdir site"
                + "\n<span class='token comment'>// then enter it</span></code></pre>"
                + "<div class='comment'><p>Great post, thanks!</p></div>");

    assertThat(body.select("pre").text()).contains("# make a new folder", "// then enter it");
    assertThat(body.text()).doesNotContain("Great post");
  }

  @Test
  void keepsSectionsWhoseAnchorIdHoldsABoilerplateWordButNotABoxOfThatName() {
    String text =
        "<p>" + "Each step of the guide is told in a paragraph like this. ".repeat(4) + "</p>";
    String other = "<div class='section' id='setting-up'><h2>Setting up</h2>" + text + "</div>";
    Element body =
        cleaned(
            "<div class='section' id='sharing-with-a-friend'><h2>Sharing with a friend</h2>"
                + text
                + "</div>"
                + other
                + other
                + other
                + "<div class='box' id='share-tools'><h2>Share</h2><p>Send it to a friend.</p></div>"
                + "<div class='box'><p>More.</p></div>"
                + "<div class='section' id='comments'><p>Nice guide, thanks.</p></div>"
                + "<div class='section'><p>Last part.</p></div>");

    assertThat(body.select("#sharing-with-a-friend")).hasSize(1);
    assertThat(body.select("#share-tools")).isEmpty(); // its id is not its heading's words
    assertThat(body.select("#comments")).isEmpty(); // opens with no heading
    assertThat(Cleaner.isSlugOf("sharing-with-a-friend", "Sharing with a friend¶")).isTrue();
    assertThat(Cleaner.isSlugOf("share-tools", "Share")).isFalse();
  }

  @Test
  void keepsTheSegmentsAStreamingPageSendsHiddenButDropsOtherHiddenParts() {
    String part = "<p>" + "One part of the article, sent after the frame. ".repeat(4) + "</p>";
    String frame =
        "<p>" + "Footer text of the site with its address and terms. ".repeat(6) + "</p>";
    Element body =
        cleaned(
            frame
                + "<div hidden id='S:0'>"
                + part
                + "</div><div hidden id='S:1'>"
                + part
                + "</div><div hidden id='S:x'>"
                + part
                + "</div><div hidden id='menu'>"
                + part
                + "</div>");

    assertThat(body.select("div[hidden]")).extracting(Element::id).containsExactly("S:0", "S:1");
    assertThat(Cleaner.isStreamedSegment("S:12")).isTrue();
    assertThat(Cleaner.isStreamedSegment("S:")).isFalse();
    assertThat(Cleaner.isStreamedSegment("B:0")).isFalse();
    assertThat(Cleaner.isStreamedSegment("section-2")).isFalse();
  }

  @Test
  void dropsWhatAResponsiveClassHidesUnlessItHoldsTheBody() {
    String story =
        "<p>" + "The council voted to close the old bridge next year. ".repeat(8) + "</p>";
    Element body =
        cleaned(
            "<div class='hidden lg:block'><p>Our picks for you this week.</p></div>"
                + "<span class=for-phone-only>for-phone-only</span>"
                + story
                + "<div class='faq-answer hidden'><p>The bridge closes in May.</p></div>");
    Element whole = cleaned("<div class='d-none d-md-block'>" + story + "</div>");

    assertThat(body.text()).doesNotContain("picks").doesNotContain("phone");
    assertThat(body.text()).contains("The bridge closes in May.");
    assertThat(whole.text()).contains("old bridge");
  }

  @Test
  void dropsWhatAnInlineStyleHidesUnlessItHoldsParagraphs() {
    String story = "<p>" + "The harbour reopened after the storm on Monday. ".repeat(8) + "</p>";
    Element body =
        cleaned(
            story
                + "<div style='display: none'><ul><li>Sign in</li><li>My account</li></ul></div>"
                + "<div style='DISPLAY:none'><p>A paragraph kept for subscribers.</p></div>"
                + "<div style='border: none'><span>Shown with no border.</span></div>");

    assertThat(body.text()).doesNotContain("Sign in");
    assertThat(body.text()).contains("kept for subscribers").contains("no border");
  }
}
