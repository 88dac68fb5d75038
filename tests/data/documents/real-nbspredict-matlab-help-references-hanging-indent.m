function [varargout] = gen_synthData(varargin)
%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%
% gen_synthData generates synthetic network data and embed contrast of
% interest in a given number of edges. Using this function scale-free,
% small-world and random networks can be generated. It returns a
% structure including network matrices, design matrix and list of indices
% of contrasted edges. 
%
% Arguments: 
%     nNodes: Number of nodes in the network. (default = 100)
%     nEdges: Number of edges with ground truth. (default = 10)
%     randomState: Controls the randomness. Pass an integer value for
%         reproducible results or 'shuffle' to randomize (default = 42).  
%       
% Output:
%     synthData: A data structure which includes control and contrast
%         data, design matrix and indices of contrast links
%
% Example: 
%     [data] = gen_synthData();
%     [data] = gen_synthData('network','smallworld');
%   
% References:
%     Barabsi,A.-L. and Albert,R. (1999) Emergence of Scaling in Random
%         Networks. Science, 286, 509-512.
%     Watts, D. J., & Strogatz, S. H. (1998). Collective dynamics of
%         'Small-World' networks. Nature, 393(6684), 440.
%     Zalesky, A., Fornito, A., & Bullmore, E. T. (2010). Network-based
%         statistic: identifying differences in brain networks.
%         Neuroimage, 53(4), 1197-1207.
%
% Last edited by Emin Serin, 21.02.2022
%
% See also: test_NBSPredict, gen_BAnet, gen_SWnet, search_BF
%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%
%% Set default parameters and parse input

% Default parameters.
defaultVals.nNodes = 100; defaultVals.nEdges= 10; 
defaultVals.formNetwork = true;
