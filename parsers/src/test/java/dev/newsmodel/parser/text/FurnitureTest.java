package dev.newsmodel.parser.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsmodel.parser.lexicon.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FurnitureTest {
  private static final Furniture FURNITURE = new Furniture(new TextWords(Language.english()));

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Table of Contents",
        "ADVERTISEMENT",
        "» Share this article:",
        "Share on X",
        "Photo: Jane Doe/Agency",
        "***",
        "Listen to this article",
        "Read More →",
        "Advertising",
        "Explore more",
        "Thanks for signing up!",
        "Like Loading..."
      })
  void furniture(String line) {
    assertThat(FURNITURE.is(line)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Share prices fell.",
        "Contents of the letter were leaked.",
        "Print media",
        "He said:",
        "Holt added:",
        "Read more of her letters in the archive.",
        "Advertising revenue fell.",
        "Explore more of the coast by bike.",
        "Thanks for signing up, the mayor told the volunteers.",
        "Like loading a ship, it takes time."
      })
  void notFurniture(String line) {
    assertThat(FURNITURE.is(line)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "What do you think?",
        "Be the first to comment!",
        "Recommended for you",
        "You might also like these:",
        "Other posts you may enjoy",
        "You may be interested in these guides too",
        "Follow us on Mastodon and Bluesky",
        "Subscribe to the Weekend Digest",
        "Join our book club of 5,000 readers",
        "Join Our Newsletter",
        "Get the week's best recipes delivered to your inbox every Friday.",
        "As an Amazon Associate, the site earns from qualifying purchases.",
        "This post is for paid subscribers",
        "6 minute read time",
        "Why trust us?",
        "If you buy through a link in this post, we may receive compensation.",
        "This site uses cookies to remember your settings. Accept",
        "We use cookies on this site.",
        "Looks like you are using an ad blocker!",
        "Every product is chosen independently by the reviews desk.",
        "We are a reader-supported site: links may earn us a fee."
      })
  void invitationsPromptsAndDisclosuresAreFurniture(String line) {
    assertThat(FURNITURE.is(line)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "What do you think the council will decide next week, asked the mayor.",
        "Other articles of the treaty were left unchanged.",
        "She joined our team in 2019 as a designer.",
        "He subscribes to three papers and reads them all.",
        "Follow the river north until the bridge.",
        "The committee recommended stricter rules for landlords.",
        "Readers emailed the inbox of the campaign by the thousands.",
        "More from the report: prices rose in nine of ten regions.",
        "The court heard that the firm had used cookies to track children.",
        "Victims may receive compensation from the fund next year.",
        "The new browser ships with a blocker for trackers.",
        "The jury was chosen by lot."
      })
  void sentencesOfTheSameWordsAreNot(String line) {
    assertThat(FURNITURE.is(line)).isFalse();
  }
}
