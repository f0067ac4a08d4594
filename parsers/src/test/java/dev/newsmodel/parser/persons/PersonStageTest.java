package dev.newsmodel.parser.persons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsmodel.model.Article;
import dev.newsmodel.model.Mention;
import dev.newsmodel.model.MentionKind;
import dev.newsmodel.model.Person;
import dev.newsmodel.parser.NewsParser;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One test per rule family, each on sentences written like news. */
class PersonStageTest {
  private static final NewsParser PARSER = NewsParser.create();

  private static List<Person> persons(String text) {
    Article article = PARSER.parseText(text);
    return article.persons();
  }

  private static List<String> names(String text) {
    return persons(text).stream().map(Person::name).toList();
  }

  @Test
  void aTitleBeforeANameMakesAPersonWithThatRole() {
    List<Person> persons =
        persons("German Chancellor Olaf Scholz arrived in Paris on Tuesday for talks on energy.");

    assertThat(persons)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.name()).isEqualTo("Olaf Scholz");
              assertThat(p.roles())
                  .extracting(r -> r.affiliation().orElse(null), r -> r.title())
                  .containsExactly(tuple("German", "Chancellor"));
              assertThat(p.roles().get(0).span().orElseThrow().text())
                  .isEqualTo("German Chancellor");
            });
  }

  @Test
  void aGivenNameOrAReportingVerbMakesAPerson() {
    assertThat(names("Maria Gonzalez opened the new bakery on the square last week."))
        .containsExactly("Maria Gonzalez");
    assertThat(names("\u201cWe expect a deal soon,\u201d Okonkwo Adebayo said on Friday."))
        .containsExactly("Okonkwo Adebayo");
  }

  @Test
  void aFormOfAddressIsNoRole() {
    assertThat(persons("Mr. Tomasz Nowak said the port would open. Mr. Nowak added a date."))
        .singleElement()
        .satisfies(p -> assertThat(p.roles()).isEmpty());
  }

  @Test
  void whomSomeoneMeetsIsAPerson() {
    assertThat(names("The envoy will meet Tomasz Nowak in Gdansk next month."))
        .containsExactly("Tomasz Nowak");
    assertThat(names("The delegation met with Ilse Dagrun on Friday."))
        .containsExactly("Ilse Dagrun");
    assertThat(names("The envoy will meet in Gdansk next month.")).isEmpty();
  }

  @Test
  void wordsOfAnOrganisationsNameAreNoPerson() {
    assertThat(
            names(
                "Members of the Student Nonviolent Coordinating Committee said the march would go"
                    + " on. Experts at the Council on Foreign Relations said little."))
        .isEmpty();
  }

  @Test
  void placesOrganizationsAndNationalitiesAreNotPersons() {
    assertThat(
            names(
                "Officials in Beijing and Washington said the Chinese Foreign Ministry and the"
                    + " US State Department would meet. Analysts said the talks in Ferguson would wait."))
        .isEmpty();
  }

  @Test
  void aFamilyNameAloneJoinsThePersonAndFamilyNameFirstNamesAreKnown() {
    List<Person> persons =
        persons(
            "Foreign Minister Wang Yi met Secretary of State Antony Blinken. Later, Wang said the"
                + " talks were useful, and Blinken agreed.");

    assertThat(persons)
        .extracting(Person::name, Person::aliases)
        .containsExactly(
            tuple("Wang Yi", List.of("Wang")), tuple("Antony Blinken", List.of("Blinken")));
  }

  @Test
  void appositivesAndCopularSentencesGiveRoles() {
    Person bewkes =
        persons("Jeffrey Bewkes, the chief executive of Time Warner, said the merger would close.")
            .get(0);
    Person li = persons("Li Qiang is the Chinese Premier. He spoke for an hour.").get(0);

    assertThat(bewkes.roles())
        .extracting(r -> r.title(), r -> r.affiliation().orElse(null))
        .containsExactly(tuple("chief executive", "Time Warner"));
    assertThat(li.roles())
        .extracting(r -> r.title(), r -> r.affiliation().orElse(null))
        .containsExactly(tuple("Premier", "Chinese"));
  }

  @Test
  void pronounsGoToTheSubjectOfTheirSentenceOrTheOneBefore() {
    Person person =
        persons(
                "Prime Minister Anna Lind met union leaders on Monday. She said her government"
                    + " would not raise taxes.")
            .get(0);

    assertThat(person.mentions())
        .extracting(Mention::text, Mention::kind)
        .containsExactly(
            tuple("Anna Lind", MentionKind.NAME),
            tuple("She", MentionKind.PRONOUN),
            tuple("her", MentionKind.PRONOUN));
  }

  @Test
  void aPronounWithNoCompatiblePersonStaysUnresolved() {
    List<Person> persons = persons("Queen Margrethe opened the exhibition. He was not there.");

    assertThat(persons.get(0).mentions()).extracting(Mention::text).containsExactly("Margrethe");
  }

  @Test
  void aRoleDescriptionGoesToThePersonHoldingThatRole() {
    Person person =
        persons(
                "Defense Secretary Lloyd Austin landed in Tokyo. The US defense secretary then"
                    + " met his Japanese counterpart.")
            .get(0);

    assertThat(person.mentions())
        .extracting(Mention::text, Mention::kind)
        .contains(tuple("The US defense secretary", MentionKind.DESCRIPTION));
  }

  @Test
  void aDescriptionWithAnotherNationalityIsSomeoneElse() {
    Person lind =
        persons(
                "Dutch Defence Minister Ana Lind arrived in Brussels. The Belgian minister was away.")
            .get(0);

    assertThat(lind.mentions()).extracting(Mention::text).doesNotContain("The Belgian minister");
  }

  @Test
  void everyMentionStandsInTheTextAtItsOffsets() {
    Article article =
        PARSER.parseText(
            "Senator Elizabeth Warren said on Sunday that she would run. Warren, 74, told"
                + " reporters her campaign would start in Boston.");

    for (Person person : article.persons()) {
      for (Mention mention : person.mentions()) {
        assertThat(article.text().substring(mention.start(), mention.end()))
            .isEqualTo(mention.text());
      }
    }
    assertThat(article.persons()).extracting(Person::name).containsExactly("Elizabeth Warren");
  }

  @Test
  void headlineVerbsAndOpeningWordsStayOutOfNames() {
    assertThat(
            names(
                "Mayor Lena Holt Heading to Gdansk for Port Talks.\n\n"
                    + "Certainly Holt has made the port her first task, aides said."))
        .containsExactly("Lena Holt");
  }

  @Test
  void placesByTheirContextAreNotPersons() {
    assertThat(
            names(
                "Shelling hit the village of Teldau on Friday, said Omar Haddad. Trucks wait at"
                    + " the Oko-Oba abattoir. Later, police moved to San Leandro."))
        .containsExactly("Omar Haddad");
  }

  @Test
  void wordsInsideAnOrganisationNameAreNotPersons() {
    assertThat(
            names(
                "The Center for Strategic and International Studies said on Monday that Ana Reyes"
                    + " would lead the study."))
        .containsExactly("Ana Reyes");
  }

  @Test
  void aRelationAnAgeOrAnEponymousNounMakesAPerson() {
    assertThat(
            names(
                "With his wife Karen at his side, the senator spoke. His son, 3-year-old Ahmed,"
                    + " waited. Critics of the Obama administration were there."))
        .contains("Karen", "Ahmed", "Obama");
  }

  @Test
  void fullNamesListedWithAPersonArePersons() {
    assertThat(
            names(
                "President Ana Lind, Zhanar Temirova and Oyelaran Bakare plan a summit in"
                    + " Varnoy."))
        .contains("Ana Lind", "Zhanar Temirova", "Oyelaran Bakare");
  }

  @Test
  void aLoneGivenNameMeansTheOnePersonWhoBearsIt() {
    List<Person> persons =
        persons(
            "Prime Minister Nurlan Sadykov denied any wrongdoing. Nurlan also moved against"
                + " the inquiry.");

    assertThat(persons)
        .singleElement()
        .satisfies(
            p ->
                assertThat(p.mentions())
                    .filteredOn(m -> m.kind() == MentionKind.NAME)
                    .extracting(Mention::text)
                    .containsExactly("Nurlan Sadykov", "Nurlan"));
  }

  @Test
  void aPlaceNameAfterAGivenNameIsAFamilyName() {
    assertThat(names("Union activist Ruth Jordan said she was watching the vote."))
        .containsExactly("Ruth Jordan");
  }

  @Test
  void aKoreanNameWhoseFamilyNameIsACommonNoun() {
    assertThat(names("The minister met South Korean President Park Min-seo on Monday."))
        .contains("Park Min-seo");
  }

  @Test
  void aPersonAfterAnOrganisationInOneRunOfCapitals() {
    assertThat(
            names(
                "The head of the Water Resources Organization Omar Farid Hakimi, left, speaks at"
                    + " the session."))
        .containsExactly("Omar Farid Hakimi");
  }

  @Test
  void anAgeOrAKinshipNamesAPerson() {
    assertThat(names("A drone strike killed Yerlan Ospanov, a 24-year-old from Varnoy."))
        .containsExactly("Yerlan Ospanov");
    assertThat(names("The mayor\u2019s brother, Aidar, was jailed in the past."))
        .containsExactly("Aidar");
  }

  @Test
  void aNetworkNamedAloneIsNoPerson() {
    assertThat(
            names(
                "Vantage said the debate would go ahead. A Vantage News spokesperson rejected"
                    + " the statement."))
        .isEmpty();
  }

  @Test
  void headlineWordsAndNumbersAreNoNames() {
    assertThat(names("Five states voted on the measure last week.")).isEmpty();
    assertThat(names("FIFA Head: Claims Bring Shame on Football")).isEmpty();
    assertThat(names("Trial Witness Describes Night of Shooting")).doesNotContain("Describes");
  }
}
