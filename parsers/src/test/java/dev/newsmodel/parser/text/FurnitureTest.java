package dev.newsmodel.parser.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsmodel.parser.lexicon.Language;
import org.junit.jupiter.api.Test;
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
        "Like Loading...",
        "Page 2 of 8",
        "Loading posts",
        "Pin this for later!"
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
        "Like loading a ship, it takes time.",
        "Page 2 of the report",
        "Pages of the diary were lost."
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
        "We are a reader-supported site: links may earn us a fee.",
        "Comments are closed.",
        "Share your feedback to help us improve the site",
        "Get unlimited access for $2 a month",
        "Ad revenue helps support our journalism. Please turn off your blocker.",
        "Tried this recipe? Tag us in your photos!",
        "Made the soup? Please leave a star rating below.",
        "Start your free trial today. No card required.",
        "Join 2,000 marketers who get our tips straight to their inbox.",
        "Stay connected with us!"
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
        "The jury was chosen by lot.",
        "The museum closed its comments book after the row.",
        "The library offers unlimited access to its archive for students.",
        "She tried the recipe twice before it worked.",
        "The hotel has a star rating of four.",
        "No card was required to enter the building.",
        "Stay connected to the charger overnight, the manual says."
      })
  void sentencesOfTheSameWordsAreNot(String line) {
    assertThat(FURNITURE.is(line)).isFalse();
  }

  private static final String SENTENCE =
      "The council met for three hours on Tuesday and voted to widen the road past the school. ";

  @ParameterizedTest
  @ValueSource(
      strings = {
        "If you buy something through a link on this site, we may receive compensation. By using"
            + " this site, you consent to our terms of use and to the use of your data by our"
            + " partners, as set out in our privacy notice, which you can read at any time on the"
            + " page linked below.",
        "This website uses cookies to improve your experience and to measure our traffic. We also"
            + " share what you read with our advertising and analytics partners, who may combine"
            + " it with other information you have given them or they have collected from your use of"
            + " their services."
      })
  void aParagraphOpenedByANoticeIsFurniture(String paragraph) {
    assertThat(paragraph.length()).isGreaterThan(250);
    assertThat(FURNITURE.is(paragraph)).isTrue();
  }

  @Test
  void aNoticeLateInALongParagraphOrInAVeryLongOneIsNot() {
    assertThat(
            FURNITURE.is(
                SENTENCE.repeat(3) + "Residents who want updates can sign up for our newsletter."))
        .isFalse();
    assertThat(
            FURNITURE.is(
                "If you buy something through a link on this site, we may receive compensation. "
                    + SENTENCE.repeat(6)))
        .isFalse();
  }
}
