"""One mixin per area of the S3 API; S3Client combines them."""
