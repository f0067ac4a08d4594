package dev.newsmodel.parser.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsmodel.model.Article;
import dev.newsmodel.model.Entity;
import dev.newsmodel.model.Meeting;
import dev.newsmodel.model.MeetingStatus;
import dev.newsmodel.model.Span;
import dev.newsmodel.parser.NewsParser;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One test per pattern, with sentences written like news, negatives included. */
class MeetingStageTest {
  private static final NewsParser PARSER = NewsParser.create();

  private static List<String> names(Article article, Meeting meeting) {
    return meeting.participants().stream()
        .map(id -> article.entity(id).map(Entity::name).orElse(id))
        .toList();
  }

  @Test
  void aHeldMeetingWithPlaceAndTime() {
    Article article =
        PARSER.parseText(
            "Prime Minister Ana Lind met President Jorge Silva in Lisbon on Monday to discuss"
                + " fishing quotas.");

    Meeting meeting = article.meetings().get(0);
    assertThat(names(article, meeting)).containsExactly("Ana Lind", "Jorge Silva");
    assertThat(meeting.status()).isEqualTo(MeetingStatus.HELD);
    assertThat(meeting.place().map(Span::text)).contains("Lisbon");
    assertThat(meeting.time().map(Span::text)).contains("on Monday");
  }

  @Test
  void aPlannedMeetingWithItsDateFromThePublicationDate() {
    Article article =
        PARSER.parseText(
            "Talks resume\nPublished June 19, 2023\n\nForeign Minister Ines Marquez will meet"
                + " Ambassador Paul Okoro tomorrow.");

    Meeting meeting = article.meetings().get(0);
    assertThat(meeting.status()).isEqualTo(MeetingStatus.PLANNED);
    assertThat(meeting.time().map(Span::text)).contains("tomorrow");
    assertThat(meeting.date()).contains(LocalDate.of(2023, 6, 20));
  }

  @Test
  void aCancelledMeeting() {
    Article article =
        PARSER.parseText(
            "Governor Tom Reyes called off his meeting with Mayor Lena Holt after the flood.");

    assertThat(article.meetings())
        .singleElement()
        .satisfies(m -> assertThat(m.status()).isEqualTo(MeetingStatus.CANCELLED));
  }

  @Test
  void oneSubjectMeetingTwoPersonsGivesTwoMeetingsAndLaterMentionsMerge() {
    Article article =
        PARSER.parseText(
            "Minister Ana Lind met Senator Bo Berg and Governor Tom Reyes. The meeting between"
                + " Lind and Berg took place in the Old Harbour Hall.");

    assertThat(article.meetings()).hasSize(2);
    Meeting withBerg = article.meetings().get(0);
    assertThat(names(article, withBerg)).containsExactly("Ana Lind", "Bo Berg");
    assertThat(withBerg.evidence()).hasSize(2);
    assertThat(withBerg.place().map(Span::text)).contains("Old Harbour Hall");
  }

  @Test
  void theSubjectCarriesOverFromTheSentenceBefore() {
    Article article =
        PARSER.parseText(
            "President Jorge Silva landed in Oslo on Tuesday. He arrived at noon and met Prime"
                + " Minister Ana Lind.");

    assertThat(names(article, article.meetings().get(0)))
        .containsExactly("Jorge Silva", "Ana Lind");
  }

  @Test
  void aDelegationStandsInWhenNoPersonIsNamed() {
    Article article =
        PARSER.parseText("NATO ambassadors met on Sunday in Brussels to discuss the war.");

    Meeting meeting = article.meetings().get(0);
    assertThat(names(article, meeting)).containsExactly("NATO ambassadors");
    assertThat(meeting.place().map(Span::text)).contains("Brussels");
  }

  @Test
  void phoneCallsPressConferencesAndVisitsToPlacesAreNotMeetings() {
    assertThat(
            PARSER
                .parseText(
                    "President Jorge Silva spoke by phone with Prime Minister Ana Lind on Friday.")
                .meetings())
        .isEmpty();
    assertThat(
            PARSER
                .parseText("Prime Minister Ana Lind held a press conference in Oslo on Friday.")
                .meetings())
        .isEmpty();
    assertThat(
            PARSER
                .parseText("Prime Minister Ana Lind visited Oslo and Bergen last week.")
                .meetings())
        .isEmpty();
  }

  @Test
  void aHandshakeIsAMeetingOfEveryoneNamed() {
    Article article =
        PARSER.parseText(
            "President Jorge Silva shook hands with Prime Minister Ana Lind in Oslo on Friday.");

    assertThat(article.meetings()).hasSize(1);
    assertThat(names(article, article.meetings().get(0)))
        .containsExactly("Jorge Silva", "Ana Lind");
  }

  @Test
  void aCoordinatedSubjectMeetsAsOneGroup() {
    Article article =
        PARSER.parseText(
            "President Jorge Silva, Chancellor Petra Holm and Prime Minister Ana Lind met in"
                + " Oslo on Friday.");

    assertThat(article.meetings()).hasSize(1);
    assertThat(names(article, article.meetings().get(0)))
        .containsExactly("Jorge Silva", "Petra Holm", "Ana Lind");
  }

  @Test
  void aDelegationOnTheOtherSideOfTheVerb() {
    Article article =
        PARSER.parseText("President Jorge Silva will meet with Nordic trade ministers on Friday.");

    Meeting meeting = article.meetings().get(0);
    assertThat(names(article, meeting)).containsExactly("Jorge Silva", "Nordic trade ministers");
    assertThat(meeting.status()).isEqualTo(dev.newsmodel.model.MeetingStatus.PLANNED);
  }

  @Test
  void sittingDownOrWalkingWithSomeoneIsAMeeting() {
    Article sat =
        PARSER.parseText("President Jorge Silva sat down with Prime Minister Ana Lind on Friday.");
    Article walked =
        PARSER.parseText(
            "President Jorge Silva walked with Prime Minister Ana Lind in the garden.");
    Article alone = PARSER.parseText("President Jorge Silva walked with a cane on Friday.");

    assertThat(names(sat, sat.meetings().get(0))).containsExactly("Jorge Silva", "Ana Lind");
    assertThat(names(walked, walked.meetings().get(0))).containsExactly("Jorge Silva", "Ana Lind");
    assertThat(alone.meetings()).isEmpty();
  }

  @Test
  void aGroupOfPeopleVisitedIsMet() {
    Article group = PARSER.parseText("Mayor Lena Holt visited the injured officers in hospital.");

    assertThat(names(group, group.meetings().get(0)))
        .containsExactly("Lena Holt", "the injured officers");
  }

  @Test
  void aBodyMeetingWithNobodyNamedIsNoMeeting() {
    assertThat(
            PARSER
                .parseText("A meeting of the port commission was also scheduled for Friday.")
                .meetings())
        .isEmpty();
    Article commanders =
        PARSER.parseText("An emergency meeting between militia commanders ended at dawn.");
    assertThat(names(commanders, commanders.meetings().get(0)))
        .containsExactly("militia commanders");
  }

  @Test
  void aGreetingOrTalkThatMeetsNobodyIsNoMeeting() {
    assertThat(
            PARSER
                .parseText("Protests greeted a law signed by Governor Ana Lind on Friday.")
                .meetings())
        .isEmpty();
    assertThat(
            PARSER.parseText("Governor Ana Lind talks to the media in Oslo on Friday.").meetings())
        .isEmpty();
    Article greeted =
        PARSER.parseText(
            "Jorge Silva was greeted at the palace in the morning by President Ana Lind.");
    assertThat(names(greeted, greeted.meetings().get(0))).contains("Ana Lind");
  }

  @Test
  void aFarGroupSubjectMeets() {
    Article article =
        PARSER.parseText(
            "Representatives from Norway and the four partner states - Chile, Peru, Ghana and"
                + " Oman - meet in Vienna on Monday to set up a commission.");

    assertThat(names(article, article.meetings().get(0))).containsExactly("Representatives");
  }

  @Test
  void convenedWithSomeoneNamedIsAMeetingAConferenceCallIsNot() {
    Article convened =
        PARSER.parseText("Chairman Tomas Berg and the council convened to decide on the ban.");
    // The council named beside him is a side too ("Lord Coe and council convened").
    assertThat(names(convened, convened.meetings().get(0)))
        .containsExactly("Tomas Berg", "the council");
    assertThat(
            PARSER
                .parseText(
                    "Secretary Ana Lind will convene a conference call with state officials on"
                        + " Friday.")
                .meetings())
        .isEmpty();
  }

  @Test
  void wordsThatLookLikeTriggersButMeetNobody() {
    assertThat(
            PARSER
                .parseText("Governor Ana Lind, for instance, talks constantly about her fears.")
                .meetings())
        .isEmpty();
    assertThat(
            PARSER
                .parseText("Vice President Jorge Silva spoke on Sunday\u2019s Meet the Nation.")
                .meetings())
        .isEmpty();
    assertThat(
            PARSER
                .parseText(
                    "Tanks rolled past a select audience as President Jorge Silva watched the"
                        + " parade.")
                .meetings())
        .isEmpty();
    assertThat(
            PARSER
                .parseText(
                    "\u201cWe could see regular visits by naval ships to Port Varnoy,\u201d analyst Paul"
                        + " Brenner told reporters.")
                .meetings())
        .isEmpty();
  }
}
