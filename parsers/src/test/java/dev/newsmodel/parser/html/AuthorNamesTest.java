package dev.newsmodel.parser.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsmodel.parser.lexicon.Language;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AuthorNamesTest {
  private static final AuthorNames AUTHORS = new AuthorNames(new HtmlWords(Language.english()));

  @Test
  void cleansPrefixesRolesAndAgencyTails() {
    assertThat(
            AUTHORS.clean(
                List.of(
                    "View all posts by Will Macmaster",
                    "Dave Epstein Globe Correspondent",
                    "John O'Connor The Associated Press"),
                Set.of()))
        .containsExactly("Will Macmaster", "Dave Epstein", "John O'Connor");
  }

  @Test
  void dropsTheSiteAndOrganizationsWhenPersonsAreNamed() {
    assertThat(
            AUTHORS.clean(
                List.of("Ana Costa, Financial Times", "Bo Lind", "Harbour Post"),
                Set.of("Harbour Post")))
        .containsExactly("Ana Costa", "Bo Lind");
  }

  @Test
  void keepsAnOrganizationWhenNoPersonIsNamed() {
    assertThat(AUTHORS.clean(List.of("The Associated Press"), Set.of()))
        .containsExactly("The Associated Press");
  }

  @Test
  void decodesEntitiesAndSkipsUrls() {
    assertThat(AUTHORS.clean(List.of("Se&#xE1;n Byrne", "https://x.example/me"), Set.of()))
        .containsExactly("Se\u00e1n Byrne");
  }

  @Test
  void keepsTheLettersAfterANameWithIt() {
    assertThat(
            AUTHORS.clean(
                List.of("Ana Costa, MS, RD", "Bo Lind, Ph.D.", "Carl Moe CPA, E-RYT 200"),
                Set.of()))
        .containsExactly("Ana Costa, MS, RD", "Bo Lind, Ph.D.", "Carl Moe CPA, E-RYT 200");
    // Near misses: a second person, a role in words, and the site after a name.
    assertThat(AUTHORS.clean(List.of("Ana Costa, Bo Lind", "Carl Moe, Staff Writer"), Set.of()))
        .containsExactly("Ana Costa", "Bo Lind", "Carl Moe");
    assertThat(AUTHORS.clean(List.of("Ana Costa, HPN"), Set.of("HPN")))
        .containsExactly("Ana Costa");
  }

  @Test
  void readsANameWrittenSurnameFirstInReadingOrder() {
    assertThat(AUTHORS.clean(List.of("Costa, Ana", "Berg, Anna van den", "Lind, Bo T."), Set.of()))
        .containsExactly("Ana Costa", "Anna van den Berg", "Bo T. Lind");
    // Near misses: two persons, a person and her letters, a given name first, an agency.
    assertThat(AuthorNames.uninverted("Costa, Ana Lind")).isEqualTo("Costa, Ana Lind");
    assertThat(AuthorNames.uninverted("Ana Costa, Bo Lind")).isEqualTo("Ana Costa, Bo Lind");
    assertThat(AuthorNames.uninverted("Costa, MD")).isEqualTo("Costa, MD");
    assertThat(AuthorNames.uninverted("Ana, Bo")).isEqualTo("Ana, Bo");
    assertThat(AUTHORS.clean(List.of("Reuters, Ana Costa"), Set.of())).containsExactly("Ana Costa");
  }

  @Test
  void aCatalogueNameIsTurnedToReadingOrderWhateverItsGivenName() {
    assertThat(AuthorNames.catalogueOrder("van den Berg, Tjalling"))
        .isEqualTo("Tjalling van den Berg");
    assertThat(AuthorNames.catalogueOrder("Okonkwo, Chidi")).isEqualTo("Chidi Okonkwo");
    // Near misses: a name in reading order, and a list of several, are left as they are.
    assertThat(AuthorNames.catalogueOrder("Chidi Okonkwo")).isEqualTo("Chidi Okonkwo");
    assertThat(AuthorNames.catalogueOrder("Okonkwo, Chidi, PhD")).isEqualTo("Okonkwo, Chidi, PhD");
  }
}
