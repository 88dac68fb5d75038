from googlehydrology.modelzoo.basemodel import BaseModel
from googlehydrology.modelzoo.fc import FC
from googlehydrology.modelzoo.head import get_head
from googlehydrology.utils.config import Config, EmbeddingSpec, WeightInitOpt
from googlehydrology.utils.configutils import group_features_list
from googlehydrology.utils.lstm_utils import lstm_init

FC_XAVIER = WeightInitOpt.FC_XAVIER


class MeanEmbeddingForecastLSTM(BaseModel):
  r"""A forecasting model using mean embedding and LSTMs for hindcast and forecast.

  This model implements a specific architecture designed to handle missing input
  data in hydrological
  forecasting. It employs separate embedding networks for hindcast and forecast
  inputs, aggregating
  them via a masked mean operation. This allows the model to robustly handle
  situations where some
  input features might be missing (NaN) by effectively ignoring them in the
  aggregation step.

  Key features include:

  -   **Static Embeddings:** Static catchment attributes are embedded and
  provided to all dynamic
      embedding networks.
  -   **Dynamic Embeddings:** Hindcast and forecast features are grouped (e.g.,
  by source or type)
      and processed by separate, specific fully-connected embedding networks.
  -   **Masked Mean Aggregation:** The outputs of the dynamic embedding networks
  are aggregated
      using a masked mean, which ensures that missing data (represented as NaNs)
      do not propagate
      errors or bias the embedding.
  -   **Shared Embeddings:** Features present in both hindcast and forecast
  periods can share
      embedding networks to enforce consistent representation.

  This model is based on the approach described in [#]_.

  Parameters
  ----------
  cfg : Config
      The run configuration, containing all hyperparameters and settings for the
      model structure,
      embedding specifications, and input features.

  References
  ----------
  .. [#] Gauch, M., et al. "How to deal w_ missing input data." Hydrology and
  Earth System Sciences 29.21 (2025): 6221-6235.
      https://hess.copernicus.org/articles/29/6221/2025/
  """

  # Names of state variables in the returned dictionary of the forward function
  state_var_names = [
      'h_n',
      'c_n',
      'h_n_hindcast',
      'c_n_hindcast',
      'h_n_forecast',
      'c_n_forecast',
  ]
