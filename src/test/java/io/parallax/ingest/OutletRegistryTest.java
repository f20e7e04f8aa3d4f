package io.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class OutletRegistryTest {
  private static final String REGISTRY =
      """
      outlet_id,name,aliases,lean,country
      # one row per outlet
      cnn,CNN,www.cnn.com|CNN (Online News)|CNN Business,left,US
      nyt,New York Times,nytimes.com|The New York Times|Paul Krugman,left,US
      wapo,Washington Post,washingtonpost.com|Jennifer Rubin,left,
      fox,Fox News,foxnews.com|Fox News (Online News),right,US
      """;

  private static OutletRegistry registry() throws OutletRegistry.Invalid {
    return OutletRegistry.parse(REGISTRY);
  }

  private static String idOf(OutletRegistry registry, String outlet, String url) {
    return registry.resolve(outlet, url).map(OutletRegistry.Outlet::id).orElse(null);
  }

  @Test
  void everySpellingOfAnOutletAndItsColumnistsAreThatOutlet() throws Exception {
    OutletRegistry registry = registry();
    assertThat(idOf(registry, "CNN", null)).isEqualTo("cnn");
    assertThat(idOf(registry, "www.cnn.com", null)).isEqualTo("cnn");
    assertThat(idOf(registry, "https://edition.cnn.com/world", null)).isEqualTo("cnn");
    assertThat(idOf(registry, "cnn business", null)).isEqualTo("cnn");
    assertThat(idOf(registry, "New York Times", null)).isEqualTo("nyt");
    assertThat(idOf(registry, "www.nytimes.com", null)).isEqualTo("nyt");
    assertThat(idOf(registry, "Paul  Krugman", null)).isEqualTo("nyt");
    assertThat(idOf(registry, "Jennifer Rubin", null)).isEqualTo("wapo");
  }

  @Test
  void anUnknownNameFallsBackToTheHostOfItsUrl() throws Exception {
    OutletRegistry registry = registry();
    assertThat(idOf(registry, "Opinion", "https://www.washingtonpost.com/opinions/x"))
        .isEqualTo("wapo");
    assertThat(idOf(registry, "Some Blog", "https://blog.example.org/a")).isNull();
    assertThat(idOf(registry, "Some Blog", null)).isNull();
    assertThat(idOf(registry, "Some Blog", "not a url")).isNull();
  }

  @Test
  void groupValuesAreThoseOfTheRowAndABlankCellIsNoValue() throws Exception {
    OutletRegistry registry = registry();
    assertThat(registry.groupColumns()).containsExactly("lean", "country");
    assertThat(registry.resolve("CNN", null).orElseThrow().groups())
        .isEqualTo(Map.of("lean", "left", "country", "US"));
    assertThat(registry.resolve("Washington Post", null).orElseThrow().groups())
        .isEqualTo(Map.of("lean", "left"));
    assertThat(registry.resolve("Fox News", null).orElseThrow().name()).isEqualTo("Fox News");
    assertThat(registry.isRegistered("fox")).isTrue();
    assertThat(registry.isRegistered("foxnews.com")).isFalse();
    assertThat(registry.sha256()).hasSize(64);
  }

  @Test
  void aRegistrySavedByASpreadsheetWithAByteOrderMarkIsRead() throws Exception {
    OutletRegistry registry =
        OutletRegistry.parse("\uFEFFoutlet_id,name,aliases,lean\ncnn,CNN,cnn.com,left\n");
    assertThat(registry.groupColumns()).containsExactly("lean");
  }

  @Test
  void anAliasTwoOutletsClaimIsRefusedWithBothLines() {
    String csv = "outlet_id,name,aliases\ncnn,CNN,cnn.com\nturner,Turner,www.cnn.com\n";
    assertThatThrownBy(() -> OutletRegistry.parse(csv))
        .isInstanceOf(OutletRegistry.Invalid.class)
        .hasMessage(
            "line 3: alias 'www.cnn.com' of turner is already cnn's (line 2); an alias means one"
                + " outlet");
  }

  @Test
  void aDuplicateAliasADuplicateIdAndABadColumnAreRefused() {
    assertThatThrownBy(
            () -> OutletRegistry.parse("outlet_id,name,aliases\ncnn,CNN,cnn.com|CNN.com\n"))
        .hasMessageContaining("alias 'CNN.com' of cnn is given twice");
    assertThatThrownBy(() -> OutletRegistry.parse("outlet_id,name,aliases\ncnn,CNN,\ncnn,CNN 2,\n"))
        .hasMessageContaining("outlet_id 'cnn' is given twice");
    assertThatThrownBy(
            () -> OutletRegistry.parse("outlet_id,name,aliases,Lean Score\ncnn,CNN,,1\n"))
        .hasMessageContaining("column 'Lean Score' is not a grouping column name");
    assertThatThrownBy(
            () -> OutletRegistry.parse("outlet_id,name,aliases,lean,lean\ncnn,CNN,,left,right\n"))
        .hasMessage("the header names column 'lean' twice");
    assertThatThrownBy(() -> OutletRegistry.parse("id,name,aliases\ncnn,CNN,\n"))
        .hasMessageContaining("the header has no column 'outlet_id'");
    assertThatThrownBy(() -> OutletRegistry.parse("outlet_id,name,aliases\ncnn,,\n"))
        .hasMessageContaining("line 2: name is empty");
    assertThatThrownBy(() -> OutletRegistry.parse("outlet_id,name,aliases\n../x,X,\n"))
        .hasMessageContaining("outlet_id '../x' is not letters");
    assertThatThrownBy(() -> OutletRegistry.parse("outlet_id,name,aliases\ncnn,CNN\n"))
        .hasMessageContaining("line 2 has 2 fields, the header 3");
  }

  @Test
  void aBrokenQuoteIsRefusedNotThrown() {
    assertThatThrownBy(
            () -> OutletRegistry.parse("outlet_id,name,aliases\ncnn,\"CNN,cnn.com\nfox,Fox,\n"))
        .isInstanceOf(OutletRegistry.Invalid.class)
        .hasMessageContaining("not a CSV file this can read");
    assertThatThrownBy(() -> OutletRegistry.parse("outlet_id,name,aliases\ncnn,\"CNN\"x,cnn.com\n"))
        .isInstanceOf(OutletRegistry.Invalid.class);
  }

  @Test
  void twoOutletsOfOneNameAreRefused() {
    assertThatThrownBy(
            () ->
                OutletRegistry.parse("outlet_id,name,aliases\nsun-uk,The Sun,\nsun-us,The Sun,\n"))
        .hasMessageContaining("alias 'The Sun' of sun-us is already sun-uk's");
  }

  @Test
  void theEmptyRegistryResolvesNothing() {
    assertThat(OutletRegistry.empty().resolve("CNN", "https://cnn.com/a")).isEmpty();
    assertThat(OutletRegistry.empty().groupColumns()).isEmpty();
  }
}
