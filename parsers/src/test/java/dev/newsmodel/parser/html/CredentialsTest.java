package dev.newsmodel.parser.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CredentialsTest {
  @Test
  void tellsPostNominalLettersByTheirShape() {
    assertThat(List.of("MS", "CEPF\u00AE", "Ph.D.", "M.D.", "DVM", "E-RYT 200"))
        .allMatch(Credentials::isCredential);
    assertThat(List.of("Jr.", "Staff", "Bo Lind", "Ph.Dx", "A", "", "NEW YORK CITY"))
        .noneMatch(Credentials::isCredential);
  }
}
