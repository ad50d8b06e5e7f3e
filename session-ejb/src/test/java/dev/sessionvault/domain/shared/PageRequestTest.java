package dev.sessionvault.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PageRequestTest {

  @Test
  void aPageFarOutIsEmptyInsteadOfOverflowing() {
    PageRequest far = new PageRequest(Integer.MAX_VALUE, 200);
    assertEquals((Integer.MAX_VALUE - 1L) * 200, far.offset());
    assertTrue(far.startsAfter(1_000_000));
    assertThrows(ArithmeticException.class, far::firstResult, "never silently wraps around");
  }

  @Test
  void aPageWithinTheItemsStartsWhereItShould() {
    PageRequest third = new PageRequest(3, 20);
    assertEquals(40, third.firstResult());
    assertFalse(third.startsAfter(41));
    assertTrue(third.startsAfter(40));
  }
}
