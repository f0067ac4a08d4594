package dev.newsmodel.parser.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HiddenClassesTest {
  @Test
  void utilityClassesHideEverywhere() {
    assertThat(HiddenClasses.hides("hidden")).isTrue();
    assertThat(HiddenClasses.hides("promo-box d-none")).isTrue();
    assertThat(HiddenClasses.hides("label sr-only")).isTrue();
    assertThat(HiddenClasses.hides("screen-reader-text")).isTrue();
  }

  @Test
  void responsiveClassesShowOnSomeScreensOnly() {
    assertThat(HiddenClasses.hides("menu-copy hidden-xs")).isTrue();
    assertThat(HiddenClasses.hides("flex md:hidden")).isTrue();
    assertThat(HiddenClasses.hides("hidden lg:block")).isTrue();
    assertThat(HiddenClasses.hides("d-block d-lg-none")).isTrue();
    assertThat(HiddenClasses.hides("for-phone-only")).isTrue();
    assertThat(HiddenClasses.hides("share-bar hide-on-desktop")).isTrue();
    assertThat(HiddenClasses.hides("visible-xs-block")).isTrue();
  }

  @Test
  void classesThatStyleWhatTheyShowDoNotHide() {
    // Near misses: a hiding word that styles overflow or borders, a screen size without one.
    assertThat(HiddenClasses.hides("overflow-hidden rounded")).isFalse();
    assertThat(HiddenClasses.hides("md:overflow-hidden")).isFalse();
    assertThat(HiddenClasses.hides("lg:shadow-none")).isFalse();
    assertThat(HiddenClasses.hides("col-md-8 article-body")).isFalse();
    assertThat(HiddenClasses.hides("hidden-print")).isFalse();
    assertThat(HiddenClasses.hides("show-more-link")).isFalse();
    assertThat(HiddenClasses.hides("")).isFalse();
  }

  @Test
  void foldedPartsThatOpenInPlaceStay() {
    assertThat(HiddenClasses.hides("faq-answer hidden")).isFalse();
    assertThat(HiddenClasses.hides("accordion-content hidden")).isFalse();
    assertThat(HiddenClasses.hides("panel collapse d-none")).isFalse();
  }
}
