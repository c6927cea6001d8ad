package io.crmkit.core.port;

import io.crmkit.core.ConcurrentUpdateException;
import io.crmkit.core.CrmValidationException;
import io.crmkit.core.id.ProductId;
import io.crmkit.core.product.Product;
import java.util.Optional;

/**
 * Stores products. Implemented by the host application; an in-memory version ships with crm-core.
 *
 * <p>Saves are optimistic, as for every repository: a save is accepted only from a copy read at the
 * stored version. Inside a {@link UnitOfWork} the saves follow its contract. Where several
 * records match, lists are ordered by creation time, then by id.
 */
public interface ProductRepository {
  /** The product with this id, if stored. */
  Optional<Product> findById(ProductId id);

  /**
   * The product with this stock-keeping unit, compared as {@link Product} normalises it (stripped, upper-cased).
   *
   * @throws CrmValidationException when the SKU is blank
   */
  Optional<Product> findBySku(String sku);

  /**
   * Stores the product and returns the stored copy, whose version is one more than the given one.
   * A new product must have version 0; an existing one the version it was read at.
   *
   * @throws ConcurrentUpdateException when the version is not the stored one (or the record is new
   *     and the version is not 0, or it is 0 and the record exists); nothing is written
   */
  Product save(Product product);
}
