package io.crmkit.examples.jdbc;

import io.crmkit.core.id.ProductId;
import io.crmkit.core.port.ProductRepository;
import io.crmkit.core.product.Product;
import java.util.List;
import java.util.Optional;

/** The JDBC {@link ProductRepository}: table {@code crm_product}, looked up by SKU. */
final class JdbcProductRepository implements ProductRepository {
  private static final Key.Column<Product> SKU = Key.column("sku", Product::sku);

  private final JdbcStore<ProductId, Product> store;

  JdbcProductRepository(JdbcCrm crm) {
    this.store = crm.newStore("crm_product", Product.class, Product::withVersion, List.of(SKU));
  }

  @Override
  public Optional<Product> findById(ProductId id) {
    return store.findById(id);
  }

  @Override
  public Optional<Product> findBySku(String sku) {
    return store.findFirstBy(SKU, Product.normaliseSku(sku));
  }

  @Override
  public Product save(Product product) {
    return store.save(product);
  }

  @Override
  public List<Product> saveAll(List<Product> products) {
    return store.saveAll(products);
  }
}
