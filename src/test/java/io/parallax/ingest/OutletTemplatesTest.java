package io.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class OutletTemplatesTest {
  @Test
  void templateLinesGoAndTheReportingStaysInOrder() {
    OutletTemplates.Removal removal =
        OutletTemplates.remove(
            "The council met.\n\nSupport our journalism today.\n\nThe vote was 7 to 2.",
            Set.of("Support our journalism today."));
    assertThat(removal.text()).isEqualTo("The council met.\n\nThe vote was 7 to 2.");
    assertThat(removal.removed()).containsExactly("Support our journalism today.");
  }

  @Test
  void anArticleOfTemplateLinesOnlyKeepsItsText() {
    OutletTemplates.Removal removal =
        OutletTemplates.remove(
            "Support our journalism today.", Set.of("Support our journalism today."));
    assertThat(removal.text()).isEqualTo("Support our journalism today.");
    assertThat(removal.removed()).isEmpty();
  }
}
